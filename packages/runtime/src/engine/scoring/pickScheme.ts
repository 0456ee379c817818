import type { ScoringSchema } from '../documents/scoring/ScoringSchema.js';
import type { Period } from '../periods/Period.js';
import { parsePeriod } from '../periods/parsePeriod.js';
import { periodDays } from '../periods/periodDays.js';
import type { DepartmentNode, ScoredPerson } from './ScoringInputs.js';

/** A published scheme, by its stored id. */
export interface SchemeEntry {
  readonly id: string;
  readonly scheme: ScoringSchema;
}

/** Which scheme scores a person in a period; `conflicts` lists the equally specific schemes when there is no single one. */
export type SchemePick =
  | { readonly kind: 'picked'; readonly schemeId: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'conflict'; readonly schemeIds: readonly string[] };

/**
 * One person, one scheme per period. Of the schemes of the period's kind whose validity covers
 * the period, those whose scope holds the person are candidates: a scheme naming the person's
 * role or (an ancestor of) their department is specific, a scheme without `appliesTo` is for
 * everyone. A single specific candidate wins over any number for everyone (a hunter's scheme
 * over the sales-wide one); two or more at the best level are a conflict an admin must resolve,
 * never settled by order.
 *
 * @example
 * pickScheme(schemes, { id: 'u1', roles: ['hunter'] }, departments, parsePeriod('2026-11')!) // { kind: 'picked', schemeId: 's_hunter' }
 */
export function pickScheme(schemes: readonly SchemeEntry[], person: ScoredPerson, departments: readonly DepartmentNode[], period: Period): SchemePick {
  const lineage = departmentLineage(person.departmentId, departments);
  const specific: string[] = [];
  const general: string[] = [];
  for (const { id, scheme } of schemes) {
    if (scheme.period !== period.kind || !coversPeriod(scheme, period)) continue;
    const scope = scheme.appliesTo;
    if (scope === undefined || ((scope.roles ?? []).length === 0 && (scope.departments ?? []).length === 0)) {
      general.push(id);
      continue;
    }
    const byRole = (scope.roles ?? []).some((role) => person.roles?.includes(role) === true);
    const byDepartment = (scope.departments ?? []).some((department) => lineage.has(department));
    if (byRole || byDepartment) specific.push(id);
  }
  const best = specific.length > 0 ? specific : general;
  if (best.length === 0) return { kind: 'none' };
  if (best.length === 1) return { kind: 'picked', schemeId: best[0] ?? '' };
  return { kind: 'conflict', schemeIds: best };
}

function coversPeriod(scheme: ScoringSchema, period: Period): boolean {
  const { first, last } = periodDays(period);
  const from = scheme.validFrom === undefined ? undefined : parsePeriod(scheme.validFrom);
  const to = scheme.validTo === undefined ? undefined : parsePeriod(scheme.validTo);
  return (from === undefined || periodDays(from).first <= first) && (to === undefined || last <= periodDays(to).last);
}

/** A department and every department above it; a cycle is cut where it closes. */
function departmentLineage(departmentId: string | undefined, departments: readonly DepartmentNode[]): Set<string> {
  const parents = new Map(departments.map((department) => [department.id, department.parentId]));
  const lineage = new Set<string>();
  for (let id = departmentId; id !== undefined && !lineage.has(id); id = parents.get(id)) lineage.add(id);
  return lineage;
}
