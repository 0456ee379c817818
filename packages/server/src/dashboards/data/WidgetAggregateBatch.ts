import type { AggregateQuery } from '../../query/AggregateQuery.js';
import type { CellValue } from '../../records/projectValue.js';
import type { AggregateResult, AggregateSelection, RecordStore } from '../../storage/RecordStore.js';
import type { OneAtATime } from './oneAtATime.js';
import { planAggregateBatch, type AggregateScan, type ScanAnswer } from './planAggregateBatch.js';

/** Aggregates asked for side by side, answered together. */
export interface WidgetAggregateBatch {
  /** The same answer `RecordStore.aggregate` gives for this query, perhaps computed in one scan with others. */
  aggregate(selection: AggregateSelection, query: AggregateQuery): Promise<AggregateResult>;
}

interface Pending {
  readonly selection: AggregateSelection;
  readonly query: AggregateQuery;
  readonly resolve: (result: AggregateResult) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Collects the aggregates asked for until everyone asking is waiting (the next turn of the
 * event loop, as DataLoader does), then plans them per form and row scope as `planAggregateBatch`
 * merges them and hands all the scans to `RecordStore.aggregateMany` at once, through
 * `exclusive` — the adapter runs them side by side where it can (SQLite: on reader threads,
 * PostgreSQL: on two of the pool's connections). A dashboard's widgets, computed side by side,
 * ask their first aggregates in one batch and their second ones (a KPI's previous period, a
 * leaderboard's earlier ranks) in the next.
 *
 * @example
 * const batch = createWidgetAggregateBatch(stores.records, zone.offsetMinutes, oneAtATime());
 * const [byRegion, total] = await Promise.all([batch.aggregate(selection, byRegionQuery), batch.aggregate(selection, totalQuery)]); // one scan
 */
export function createWidgetAggregateBatch(records: Pick<RecordStore, 'aggregate' | 'aggregateMany'>, offsetMinutes: number, exclusive: OneAtATime): WidgetAggregateBatch {
  let pending: Pending[] = [];

  const flush = async (batch: readonly Pending[]): Promise<void> => {
    const bySelection = new Map<string, Pending[]>();
    for (const entry of batch) {
      const key = JSON.stringify([entry.selection.formId, entry.selection.scope]);
      bySelection.set(key, [...(bySelection.get(key) ?? []), entry]);
    }
    const scans: { entries: readonly Pending[]; scan: AggregateScan; selection: AggregateSelection }[] = [];
    for (const entries of bySelection.values()) {
      for (const scan of planAggregateBatch(entries.map((entry) => entry.query))) {
        const first = entries[scan.answers[0]?.query ?? 0];
        if (first) scans.push({ entries, scan, selection: first.selection });
      }
    }
    if (scans.length === 0) return;
    const results = await exclusive(() => records.aggregateMany(scans.map(({ scan, selection }) => ({ selection, query: scan.query })), offsetMinutes));
    scans.forEach(({ entries, scan }, index) => {
      const result = results[index] ?? { status: 'rejected', reason: new Error('the store left a scan unanswered') };
      answerScan(entries, scan, result);
    });
  };

  const run = (selection: AggregateSelection, query: AggregateQuery): Promise<AggregateResult> => exclusive(() => records.aggregate(selection, query, offsetMinutes));

  const answerScan = (entries: readonly Pending[], scan: AggregateScan, result: PromiseSettledResult<AggregateResult>): void => {
    if (result.status === 'rejected') {
      for (const answer of scan.answers) entries[answer.query]?.reject(result.reason);
      return;
    }
    for (const answer of scan.answers) {
      const entry = entries[answer.query];
      if (!entry) continue;
      const answered = answer.rollUp ? totalOf(result.value, answer) : { rows: result.value.rows.map((row) => ({ keys: row.keys, values: answer.measures.map((position) => row.values[position] ?? null) })), truncated: result.value.truncated };
      if (answered) entry.resolve(answered);
      // Cut at its limit, the scan's groups do not hold the whole: ask on its own.
      else run(entry.selection, entry.query).then(entry.resolve, entry.reject);
    }
  };

  return {
    aggregate(selection, query) {
      return new Promise<AggregateResult>((resolve, reject) => {
        if (pending.length === 0) {
          setImmediate(() => {
            const batch = pending;
            pending = [];
            // Settles every entry itself; this only catches a fault of the planning.
            flush(batch).catch((error: unknown) => {
              for (const entry of batch) entry.reject(error);
            });
          });
        }
        pending.push({ selection, query, resolve, reject });
      });
    },
  };
}

/**
 * The one row of an ungrouped count or sum from the groups of a scan: each measure the total of
 * its groups' values, added with Neumaier's compensation so the order of the groups costs no
 * precision. Undefined when the groups are not the whole (cut at the limit) or a value is no number.
 */
function totalOf(result: AggregateResult, answer: ScanAnswer): AggregateResult | undefined {
  if (result.truncated) return undefined;
  const values: CellValue[] = [];
  for (const position of answer.measures) {
    let sum = 0;
    let compensation = 0;
    for (const row of result.rows) {
      const value = row.values[position] ?? null;
      if (value === null) continue;
      if (typeof value !== 'number') return undefined;
      const next = sum + value;
      compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
      sum = next;
    }
    values.push(sum + compensation);
  }
  return { rows: [{ keys: [], values }], truncated: false };
}
