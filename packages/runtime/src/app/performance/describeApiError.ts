import { ApiError } from '../api/ApiError.js';

/**
 * A failed call for an alert: the server's refusal with each detail (where and what), or the
 * error's own message.
 *
 * @example
 * describeApiError(refusal) // '2 target(s) have used up … · The 2026-11 target has already changed …'
 */
export function describeApiError(error: unknown): string {
  if (error instanceof ApiError) return [error.message, ...error.details.map((detail) => detail.message)].filter((part) => part !== '').join(' · ');
  return error instanceof Error ? error.message : String(error);
}
