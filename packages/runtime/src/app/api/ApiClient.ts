import type { Locale } from '../../engine/index.js';
import { ApiError, networkFailure, type ApiErrorDetail } from './ApiError.js';

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON (`Content-Type: application/json`), or as is for FormData. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly signal?: AbortSignal;
}

/**
 * The app's one way to the server: JSON in and out, the session cookie, the user's language,
 * and every failure as an {@link ApiError} (the server's envelope, or status 0 for the network).
 * `fetch` is injected so that page tests run against a fake server.
 */
export class ApiClient {
  readonly #fetch: typeof fetch;
  #locale: Locale;

  constructor(options: { readonly fetch?: typeof fetch; readonly locale: Locale }) {
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#locale = options.locale;
  }

  set locale(locale: Locale) {
    this.#locale = locale;
  }

  /** A URL under /api with a query string (for links such as exports). */
  url(path: string, query: RequestOptions['query'] = {}): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
    const search = params.toString();
    return search === '' ? path : `${path}?${search}`;
  }

  /**
   * A URL for a link the browser follows itself (an export, a template download): no
   * `Accept-Language` header of ours goes with it, so the language the app shows goes as `lang` —
   * else a file came back in the browser's language, not the one chosen in the header.
   */
  linkUrl(path: string, query: RequestOptions['query'] = {}): string {
    return this.url(path, { ...query, lang: this.#locale });
  }

  async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.send(path, options);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  /** Like {@link request}, also returning the response headers (ETag). */
  async requestWithHeaders<T>(path: string, options: RequestOptions = {}): Promise<{ body: T; headers: Headers }> {
    const response = await this.send(path, options);
    const text = await response.text();
    return { body: (text === '' ? undefined : JSON.parse(text)) as T, headers: response.headers };
  }

  async send(path: string, options: RequestOptions = {}): Promise<Response> {
    const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': this.#locale,
      // Lets uploads past the server's CSRF guard; harmless elsewhere.
      'X-Requested-With': 'fetch',
      ...(options.body !== undefined && !isForm ? { 'Content-Type': 'application/json' } : {}),
      ...options.headers,
    };
    let response: Response;
    try {
      const init: RequestInit = { method: options.method ?? 'GET', headers, credentials: 'same-origin' };
      if (options.body !== undefined) init.body = isForm ? (options.body as FormData) : JSON.stringify(options.body);
      if (options.signal) init.signal = options.signal;
      response = await this.#fetch(this.url(path, options.query), init);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError(0, 'network', networkFailure[this.#locale]);
    }
    if (!response.ok) throw await toApiError(response, this.#locale);
    return response;
  }
}

async function toApiError(response: Response, locale: Locale): Promise<ApiError> {
  let envelope: unknown;
  try {
    envelope = await response.json();
  } catch {
    envelope = undefined;
  }
  const error = typeof envelope === 'object' && envelope !== null ? (envelope as { error?: unknown }).error : undefined;
  if (typeof error !== 'object' || error === null) {
    const fallback = locale === 'en' ? `The server answered ${response.status}.` : `服务器返回错误 ${response.status}。`;
    return new ApiError(response.status, 'http_' + response.status, fallback);
  }
  const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
  const list: ApiErrorDetail[] = Array.isArray(details)
    ? details.flatMap((d: unknown) => {
        if (typeof d !== 'object' || d === null) return [];
        const detail = d as Record<string, unknown>;
        const text = typeof detail['message'] === 'string' ? detail['message'] : '';
        return [
          {
            message: text,
            ...(typeof detail['pointer'] === 'string' ? { pointer: detail['pointer'] } : {}),
            ...(typeof detail['fieldId'] === 'string' ? { fieldId: detail['fieldId'] } : {}),
            ...(typeof detail['code'] === 'string' ? { code: detail['code'] } : {}),
          },
        ];
      })
    : [];
  return new ApiError(response.status, typeof code === 'string' ? code : 'error', typeof message === 'string' ? message : '', list, Array.isArray(details) ? undefined : details);
}
