import { roundDecimal } from '../rules/values/roundDecimal.js';
import type { GradeBand } from '../documents/scoring/ScoringSchema.js';
import { gradeOf } from './gradeOf.js';
import type { PersonScoreData, TeamScore } from './ScoreSheet.js';
import type { DepartmentNode } from './ScoringInputs.js';

/**
 * Department roll-ups. A department covers every scored person in it or in any department below
 * it (an average over people, not an average of sub-department averages, so a big team weighs
 * more than a small one). `avg` averages the members' totals and each item's points; `sum` adds
 * them. Results are rounded half away from zero to `precision`. Departments with no scored member
 * are left out; a cycle in `parentId` is cut where it closes.
 */
export function rollUpTeams(
  people: readonly PersonScoreData[],
  departments: readonly DepartmentNode[],
  rollup: 'avg' | 'sum',
  precision: number,
  bands: readonly GradeBand[] | undefined,
): TeamScore[] {
  const byId = new Map(departments.map((department) => [department.id, department]));
  const members = new Map<string, PersonScoreData[]>();
  for (const person of people) {
    const seen = new Set<string>();
    for (let id = person.departmentId; id !== undefined && !seen.has(id); id = byId.get(id)?.parentId) {
      seen.add(id);
      if (!byId.has(id)) break;
      const list = members.get(id) ?? [];
      list.push(person);
      members.set(id, list);
    }
  }
  const combine = (values: readonly number[]) => {
    const sum = values.reduce((total, value) => total + value, 0);
    return roundDecimal(rollup === 'avg' ? sum / values.length : sum, precision);
  };
  return departments.flatMap((department) => {
    const list = members.get(department.id);
    if (list === undefined) return [];
    const itemIds = [...new Set(list.flatMap((person) => person.items.map((item) => item.itemId)))];
    const items = Object.fromEntries(itemIds.map((itemId) => [itemId, combine(list.map((person) => person.items.find((item) => item.itemId === itemId)?.points ?? 0))]));
    const total = combine(list.map((person) => person.total));
    const grade = rollup === 'avg' ? gradeOf(total, bands) : undefined;
    return [
      {
        departmentId: department.id,
        name: department.name,
        ...(department.parentId === undefined ? {} : { parentId: department.parentId }),
        members: list.length,
        rollup,
        total,
        items,
        ...(grade === undefined ? {} : { grade }),
      },
    ];
  });
}
