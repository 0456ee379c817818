import type { LocaleTools } from '../../i18n/LocaleContext.js';
import { orgMessages as m } from '../../i18n/orgMessages.js';
import { ApiError } from '../../api/ApiError.js';

/**
 * What went wrong with a request, as one sentence for an alert: the server's field problems
 * (`details[]` of a 400, each at a JSON pointer) named by the labels of the controls they are
 * about, else the server's own message, which it writes in the caller's language.
 *
 * @example
 * describeProblem(error, { '/password': 'New password' }, t) // 'New password: must be at least 10 characters'
 */
export function describeProblem(error: unknown, labels: Readonly<Record<string, string>>, t: LocaleTools['t']): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const problems = Array.isArray(error.details) ? (error.details as unknown[]) : [];
  const named = problems.flatMap((problem) => {
    if (typeof problem !== 'object' || problem === null) return [];
    const { pointer, message } = problem as { pointer?: unknown; message?: unknown };
    if (typeof message !== 'string') return [];
    const field = typeof pointer === 'string' ? labels[pointer] : undefined;
    return [field ? t(m.fieldProblem, { field, message }) : message];
  });
  return named.length > 0 ? named.join('; ') : error.message;
}
