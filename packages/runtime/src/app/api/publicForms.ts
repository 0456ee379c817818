import type { FormSchema, RecordData } from '../../engine/index.js';
import type { ApiClient } from './ApiClient.js';

/** `GET /api/public/:token`: the published form as a stranger sees it (settings other than submitText left out). */
export interface PublicFormView {
  readonly title: string;
  readonly version: number;
  readonly schema: FormSchema;
}

/** The form a public link (`/p/:token`) opens; no session needed. */
export function fetchPublicForm(client: ApiClient, token: string): Promise<PublicFormView> {
  return client.request<PublicFormView>(`/api/public/${encodeURIComponent(token)}`);
}

/** The signed-in user's personal public link to a form (`/p/<token>`): what strangers send through it is theirs. */
export function fetchMyPublicLink(client: ApiClient, formId: string): Promise<{ readonly url: string }> {
  return client.request(`/api/forms/${encodeURIComponent(formId)}/public-link`);
}

/**
 * Submits a public form. The server acknowledges without naming the record (a stranger reads
 * nothing back); the idempotency key makes a retry after a lost answer safe.
 */
export function submitPublicForm(client: ApiClient, token: string, data: RecordData, idempotencyKey: string): Promise<{ readonly submitted: true; readonly submittedAt: string }> {
  return client.request(`/api/public/${encodeURIComponent(token)}/records`, { method: 'POST', body: { data }, headers: { 'Idempotency-Key': idempotencyKey } });
}
