import type { ServerFieldError, SubmitOutcome } from '../../react/index.js';
import { ApiError } from './ApiError.js';

/**
 * A write's result as the renderer understands it: stored; refused (4xx, with per-field errors,
 * whose pointers may be into the request body `/data/…` or into the record); or unknown (network,
 * 5xx, 429), which the renderer retries with the same idempotency key.
 */
export async function toSubmitOutcome(write: Promise<{ readonly id: string }>): Promise<SubmitOutcome> {
  try {
    const record = await write;
    return { kind: 'accepted', recordId: record.id };
  } catch (error) {
    if (!(error instanceof ApiError)) return { kind: 'failed' };
    if (error.retryable) return { kind: 'failed', message: error.message };
    const fieldErrors: ServerFieldError[] = error.details.flatMap((detail) => {
      const pointer = detail.pointer?.replace(/^\/data(?=\/|$)/, '') ?? (detail.fieldId ? `/${detail.fieldId}` : undefined);
      return pointer ? [{ pointer, message: detail.message }] : [];
    });
    return { kind: 'rejected', message: error.message, fieldErrors };
  }
}
