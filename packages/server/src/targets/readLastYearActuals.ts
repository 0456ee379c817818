import { parsePeriod, periodRange, type LocalizedText } from '@formwork/runtime';
import { HttpError } from '../http/HttpError.js';
import type { ServerContext } from '../ServerContext.js';
import { readMonthlyActuals } from './readMonthlyActuals.js';

/** Last year's actuals of a metric: by month (`2025-11`) and quarter (`2025-Q4`), and in all. */
export interface LastYearActuals {
  readonly byPeriod: Readonly<Record<string, number>>;
  readonly total: number;
}

/** The period a year before (`2026-Q4` → `2025-Q4`); weeks have no same week last year here. */
export function periodAYearBefore(name: string): string | undefined {
  const match = /^(\d{4})(-Q\d|-\d{2})?$/.exec(name);
  return match ? `${Number(match[1]) - 1}${match[2] ?? ''}` : undefined;
}

/**
 * The actuals of `metric` in `lastYear` (a period name), for the people of `department` and its
 * sub-departments (their department now), or everyone for the company (`readMonthlyActuals`: one
 * grouped query). Throws a 400 `invalid_decomposition` at `pointer` when the metric has no source
 * of actuals.
 */
export async function readLastYearActuals(context: ServerContext, appId: string, metric: string, lastYear: string, department: string | null, pointer: string): Promise<LastYearActuals> {
  const { stores } = context;
  const fail = (code: string, message: LocalizedText) => new HttpError(400, 'invalid_decomposition', { 'zh-CN': '无法按此分解目标', en: 'The target cannot be decomposed this way' }, [{ pointer, code, message }]);
  const period = parsePeriod(lastYear);
  if (!period) throw fail('period', { 'zh-CN': `“${lastYear}”不是周期名称`, en: `"${lastYear}" is not a period name` });
  const { start, end } = periodRange(period);
  const read = await readMonthlyActuals(context, appId, metric, start, end);
  if (!read.ok) throw fail(read.code, read.message);
  const subtree = department === null ? null : new Set(await stores.departments.subtreeIds(department));
  const people = subtree === null ? null : new Set((await stores.users.list()).filter((user) => user.departmentId !== null && subtree.has(user.departmentId)).map((user) => user.id));
  const byPeriod: Record<string, number> = {};
  let total = 0;
  for (const { person, month, value } of read.rows) {
    if (people !== null && !people.has(person)) continue;
    const quarter = `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) + 2) / 3)}`;
    byPeriod[month] = (byPeriod[month] ?? 0) + value;
    byPeriod[quarter] = (byPeriod[quarter] ?? 0) + value;
    total += value;
  }
  return { byPeriod, total };
}
