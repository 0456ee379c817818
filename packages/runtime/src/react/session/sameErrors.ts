import type { FieldError } from '../../engine/index.js';

/** Whether two error lists would show the same thing (so a re-render can be skipped). */
export function sameErrors(a: readonly FieldError[], b: readonly FieldError[]): boolean {
  return a === b || (a.length === b.length && a.every((error, i) => error.code === b[i]?.code && error.message === b[i]?.message));
}
