import type { LocalizedText } from '../../engine/index.js';

/** One fault the server named, e.g. a field of a record. */
export interface ApiErrorDetail {
  readonly pointer?: string;
  readonly fieldId?: string;
  readonly code?: string;
  readonly message: string;
}

/**
 * A failed API call: the server's error envelope `{error:{code,message,details}}`, or a network
 * failure (`status` 0). `retryable` tells a submit whether the same request may be sent again.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: readonly ApiErrorDetail[];
  /** Details that are not a list of faults (e.g. the current record on a 409). */
  readonly extra: unknown;

  constructor(status: number, code: string, message: string, details: readonly ApiErrorDetail[] = [], extra?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.extra = extra;
  }

  /** Whether the request may or may not have been carried out: no answer, or a server fault. */
  get retryable(): boolean {
    return this.status === 0 || this.status >= 500 || this.status === 429;
  }
}

/** The message of a network failure, for people. */
export const networkFailure: LocalizedText = {
  'zh-CN': '无法连接服务器，请检查网络后重试。',
  en: 'Cannot reach the server. Check the connection and try again.',
};
