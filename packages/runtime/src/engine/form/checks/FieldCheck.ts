import type { Fault } from '../messages/createFieldError.js';
import type { ExpectedType } from '../messages/fieldMessages.js';

/**
 * Checks one non-empty value of a field: `undefined` when it is fine, else the first fault found
 * (type, then bounds, then format…). Compiled once per field; allocates nothing on success.
 */
export type FieldCheck = (value: unknown) => Fault | undefined;

/** A fault with no variable part, made once and shared. */
export function typeFault(expected: ExpectedType): Fault {
  return { code: 'type', params: { expected } };
}

export const passAll: FieldCheck = () => undefined;

/** True for a JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
