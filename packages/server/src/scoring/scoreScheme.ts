import { assignSchemes, computeScoreData, parsePeriod, type DepartmentNode, type SchemeConflict, type SchemeEntry, type ScoredPerson, type ScoreSheetData, type ScoringInputs } from '@formwork/runtime';
import { rolesHeldByUser } from '../org/rolesHeldByUser.js';
import type { TimeZone } from '../query/TimeZone.js';
import type { Stores } from '../storage/Stores.js';
import { collectScoringInputs } from './collectScoringInputs.js';

/** A scheme's sheet for one period (without its words: `explainScoreSheet` renders them), and who the assignment left out. */
export interface SchemeScores {
  readonly sheet: ScoreSheetData;
  /** What the sheet was computed from (the people, their actual values and targets): a run's snapshot. */
  readonly inputs: ScoringInputs;
  /** People who fall under this scheme and another equally specific one: scored by neither until an admin narrows a scope. */
  readonly conflicts: readonly SchemeConflict[];
}

/**
 * Scores everyone `schemeId` applies to in `periodName`: the organisation as stored (enabled
 * users, the department tree), one person one scheme (`assignSchemes` over every published scheme,
 * so a person a more specific scheme claims is not scored here), the actual values from the records
 * (`collectScoringInputs`), then the engine's `computeScoreData`. What a run stores as its snapshot: figures, and what
 * each explanation needs to be rendered when read.
 *
 * @example
 * const { sheet } = await scoreScheme(stores, published, 'sch_sales', '2026-11', zone);
 */
export async function scoreScheme(stores: Stores, schemes: readonly SchemeEntry[], schemeId: string, periodName: string, zone: TimeZone): Promise<SchemeScores> {
  const entry = schemes.find(({ id }) => id === schemeId);
  if (!entry) throw new Error(`scoreScheme: ${schemeId} is not among the schemes given`);
  const period = parsePeriod(periodName);
  const departments: DepartmentNode[] = (await stores.departments.list()).map(({ id, name, parentId }) => ({ id, name, ...(parentId === null ? {} : { parentId }) }));
  // A scheme's scope names system roles (member, manager) or organisation roles (hunter, csm).
  const held = await rolesHeldByUser(stores);
  const people: ScoredPerson[] = (await stores.users.list())
    .filter((user) => !user.disabled)
    .map(({ id, name, role, departmentId }) => ({ id, name, roles: [role, ...(held.get(id) ?? [])], ...(departmentId === null ? {} : { departmentId }) }));
  // An unknown period is refused with a pointer by collectScoringInputs, before anyone is assigned.
  const assignment = period ? assignSchemes(schemes, people, departments, period) : { bySchemeId: { [schemeId]: [] }, conflicts: [] };
  const scored = new Set(assignment.bySchemeId[schemeId] ?? []);
  const inputs = await collectScoringInputs(stores, entry.scheme, periodName, { people: people.filter(({ id }) => scored.has(id)), departments }, zone);
  return {
    sheet: computeScoreData(entry.scheme, inputs),
    inputs,
    conflicts: assignment.conflicts.filter(({ schemeIds }) => schemeIds.includes(schemeId)),
  };
}
