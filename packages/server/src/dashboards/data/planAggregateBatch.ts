import type { AggregateMeasure, AggregateQuery } from '../../query/AggregateQuery.js';

/** How one of the batch's queries is answered from a scan. */
export interface ScanAnswer {
  /** The query's position in the batch. */
  readonly query: number;
  /** For each of the query's measures, its position among the scan's measures. */
  readonly measures: readonly number[];
  /** An ungrouped query answered by totalling the scan's groups (counts and sums only). */
  readonly rollUp: boolean;
}

/** One statement the batch runs, and the queries it answers. */
export interface AggregateScan {
  readonly query: AggregateQuery;
  readonly answers: readonly ScanAnswer[];
}

/** Measures that total from groups: the sum of the groups' counts or sums is the whole's. */
const totalling: ReadonlySet<AggregateMeasure['op']> = new Set(['count', 'sum']);

/**
 * Plans the aggregates a dashboard asks of one form in one row scope as few scans as possible
 * (#14: each scan of a million rows costs ~50–100 ms on SQLite, whatever it computes):
 *
 * - queries with the same groups, filter and limit and no sort become one statement with all
 *   their measures (a bar of `sum(amount)` and a pie of `count` by region);
 * - a query without groups that only counts and sums is answered by totalling the groups of a
 *   grouped scan with the same filter (a KPI of all revenue, from the revenue-by-region bar) —
 *   not from a list group, which counts a record once per item; if that scan comes back cut at
 *   its limit, the query runs on its own after all (see `createWidgetAggregateBatch`);
 * - other queries without groups and the same filter share one statement;
 * - a sorted query (a leaderboard's top ten) or one with a distinct count runs as it is.
 *
 * Pure: the queries in, the scans out, each measure of each query accounted for.
 *
 * @example
 * planAggregateBatch([sumByRegion, countByRegion, totalSum]) // one scan: by region, sum and count; the total rolled up
 */
export function planAggregateBatch(queries: readonly AggregateQuery[]): AggregateScan[] {
  const scans: { query: AggregateQuery; measures: AggregateMeasure[]; answers: ScanAnswer[]; key: string | null }[] = [];
  const open = (query: AggregateQuery, key: string | null) => {
    const scan = { query, measures: [] as AggregateMeasure[], answers: [] as ScanAnswer[], key };
    scans.push(scan);
    return scan;
  };
  const answer = (scan: (typeof scans)[number], index: number, query: AggregateQuery, rollUp: boolean): void => {
    const positions = query.measures.map((measure) => {
      const found = scan.measures.findIndex((candidate) => candidate.op === measure.op && candidate.field?.id === measure.field?.id);
      if (found >= 0) return found;
      scan.measures.push({ id: `b${String(scan.measures.length)}`, op: measure.op, field: measure.field });
      return scan.measures.length - 1;
    });
    scan.answers.push({ query: index, measures: positions, rollUp });
  };
  const shareable = (query: AggregateQuery): boolean => query.sort === null && query.measures.every((measure) => measure.op !== 'distinct');
  const shapeKey = (query: AggregateQuery): string => JSON.stringify([query.groups.map((group) => group.key), query.filter, query.limit]);
  const filterKey = (query: AggregateQuery): string => JSON.stringify(query.filter);

  const ungrouped: number[] = [];
  queries.forEach((query, index) => {
    if (!shareable(query)) {
      // As it is: its sort names its own measure ids.
      scans.push({ query, measures: [...query.measures], answers: [{ query: index, measures: query.measures.map((_, position) => position), rollUp: false }], key: null });
      return;
    }
    if (query.groups.length === 0) return void ungrouped.push(index);
    const key = shapeKey(query);
    answer(scans.find((scan) => scan.key === key) ?? open(query, key), index, query, false);
  });
  for (const index of ungrouped) {
    const query = queries[index] as AggregateQuery;
    const grouped = query.measures.every((measure) => totalling.has(measure.op))
      ? scans.find((scan) => scan.key !== null && scan.query.groups.length > 0 && scan.query.groups.every((group) => group.field.kind !== 'list') && filterKey(scan.query) === filterKey(query))
      : undefined;
    if (grouped) {
      answer(grouped, index, query, true);
      continue;
    }
    const key = shapeKey(query);
    answer(scans.find((scan) => scan.key === key) ?? open(query, key), index, query, false);
  }
  return scans.map(({ query, measures, answers, key }) => ({ query: key === null ? query : { ...query, measures }, answers }));
}
