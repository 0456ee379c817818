import type { RecordData } from '../../engine/index.js';

/** An error the server reported for one place in the record. */
export interface ServerFieldError {
  readonly pointer: string;
  readonly message: string;
}

/**
 * What the host's `onSubmit` reports back:
 * - `accepted`: stored; the draft is dropped.
 * - `rejected`: the server refused this data (validation, permissions); its errors are shown
 *   beside the fields and the next submit uses a new idempotency key (the data will differ).
 * - `failed`: unknown whether it was stored (network, 5xx): a retry reuses the same key, so the
 *   server stores the record at most once.
 * A thrown error counts as `failed`.
 */
export type SubmitOutcome =
  | { readonly kind: 'accepted'; readonly recordId?: string }
  | { readonly kind: 'rejected'; readonly message: string; readonly fieldErrors?: readonly ServerFieldError[] }
  | { readonly kind: 'failed'; readonly message?: string };

/** The host's submit: gets the values and the idempotency key to send with them. */
export type SubmitHandler = (values: RecordData, attempt: { readonly idempotencyKey: string }) => Promise<SubmitOutcome>;
