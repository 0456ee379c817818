import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';

/**
 * Which rows of a score sheet a viewer may read: an admin all; anyone else their own row, plus —
 * for a manager — the people of the departments they manage and of those departments' sub-
 * departments, and those teams' roll-ups. Decided on the department each person had when the
 * run was computed (the sheet's snapshot), so a sheet reads the same whoever moved since.
 */
export type ScoreScope = { readonly kind: 'all' } | { readonly kind: 'some'; readonly self: string; readonly departments: ReadonlySet<string> };

/** The viewer's scope over score sheets (see `ScoreScope`). */
export async function scoreScopeOf(stores: Pick<Stores, 'departments'>, user: User): Promise<ScoreScope> {
  if (user.role === 'admin') return { kind: 'all' };
  const departments = new Set<string>();
  for (const managed of await stores.departments.managedBy(user.id)) for (const id of await stores.departments.subtreeIds(managed)) departments.add(id);
  return { kind: 'some', self: user.id, departments };
}

/** Whether the scope holds a person's row (by the department on the sheet). */
export function scopeHoldsPerson(scope: ScoreScope, person: { readonly personId: string; readonly departmentId?: string }): boolean {
  if (scope.kind === 'all') return true;
  return person.personId === scope.self || (person.departmentId !== undefined && scope.departments.has(person.departmentId));
}

/** Whether the scope holds a team's roll-up. */
export function scopeHoldsTeam(scope: ScoreScope, departmentId: string): boolean {
  return scope.kind === 'all' || scope.departments.has(departmentId);
}
