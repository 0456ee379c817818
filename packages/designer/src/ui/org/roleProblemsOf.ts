import { ApiError } from '../../api/ApiError.js';
import type { LocaleTools } from '../../i18n/LocaleContext.js';
import { orgMessages as m } from '../../i18n/orgMessages.js';
import { describeProblem } from './describeProblem.js';

/** What the server refused in a role, by the control it concerns; `other` for the rest. */
export interface RoleProblems {
  readonly name?: string;
  readonly description?: string;
  readonly members?: string;
  readonly other?: string;
}

/**
 * Sorts a refused role write onto the dialog's controls: a taken name (409 `role_name_taken`) and
 * a `/name` fault at the name, `/description` at the description, and `/memberIds/n` at the
 * members, naming the member the index points at. The messages are the server's, which it writes
 * in the caller's language.
 *
 * @example
 * roleProblemsOf(new ApiError(409, 'role_name_taken', 'A role named "Finance" already exists'), [], nameOf, t)
 * // { name: 'A role named "Finance" already exists' }
 */
export function roleProblemsOf(error: unknown, memberIds: readonly string[], nameOf: (userId: string) => string, t: LocaleTools['t']): RoleProblems {
  if (!(error instanceof ApiError)) return { other: describeProblem(error, {}, t) };
  if (error.code === 'role_name_taken') return { name: error.message };
  const found: { name: string[]; description: string[]; members: string[]; other: string[] } = { name: [], description: [], members: [], other: [] };
  for (const problem of Array.isArray(error.details) ? (error.details as unknown[]) : []) {
    if (typeof problem !== 'object' || problem === null) continue;
    const { pointer, message } = problem as { pointer?: unknown; message?: unknown };
    if (typeof message !== 'string') continue;
    const member = typeof pointer === 'string' ? /^\/memberIds\/(\d+)$/.exec(pointer) : null;
    if (pointer === '/name') found.name.push(message);
    else if (pointer === '/description') found.description.push(message);
    else if (member) {
      const id = memberIds[Number(member[1])];
      found.members.push(id === undefined ? message : t(m.fieldProblem, { field: nameOf(id), message }));
    } else found.other.push(message);
  }
  const joined = (texts: readonly string[]) => (texts.length > 0 ? texts.join('; ') : undefined);
  const sorted = { name: joined(found.name), description: joined(found.description), members: joined(found.members), other: joined(found.other) };
  const problems = Object.fromEntries(Object.entries(sorted).filter(([, text]) => text !== undefined)) as RoleProblems;
  return Object.keys(problems).length > 0 ? problems : { other: error.message };
}
