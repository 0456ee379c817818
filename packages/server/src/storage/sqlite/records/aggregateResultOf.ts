import type { AggregateQuery } from '../../../query/AggregateQuery.js';
import type { CellValue } from '../../../records/projectValue.js';
import type { AggregateResult } from '../../RecordStore.js';

/**
 * The answer to an aggregate from the raw rows of its statement (`compileAggregateSql`: the
 * groups, then the measures, `limit + 1` rows at most) — the same whichever connection ran it.
 *
 * @example
 * aggregateResultOf([['o1', 12.5], ['o2', 3]], { ...query, groups: [byRegion], limit: 1 })
 * // { rows: [{ keys: ['o1'], values: [12.5] }], truncated: true }
 */
export function aggregateResultOf(raw: readonly (readonly CellValue[])[], query: AggregateQuery): AggregateResult {
  const truncated = raw.length > query.limit;
  const groups = query.groups.length;
  const rows = (truncated ? raw.slice(0, query.limit) : raw).map((row) => ({ keys: row.slice(0, groups), values: row.slice(groups) }));
  return { rows, truncated };
}
