import type { SqlFragment } from '../sql/SqlFragment.js';
import type { AggregateResult, RecordStore } from '../../RecordStore.js';
import type { TransactionGate } from '../TransactionGate.js';
import type { SqliteRecordStores } from './sqliteRecordStore.js';
import { aggregateResultOf } from './aggregateResultOf.js';
import type { SqliteAggregateReaders } from './createSqliteAggregateReaders.js';

/** What fanning out needs of the request thread's connection. */
export interface AggregateFanOut {
  /** `aggregateMany` on the request thread's connection, one statement after another. */
  readonly inTurn: RecordStore['aggregateMany'];
  readonly aggregateStatement: SqliteRecordStores['aggregateStatement'];
  /** The gate of the request thread's connection: a transaction may hold it. */
  readonly gate: TransactionGate;
  readonly readers: SqliteAggregateReaders;
}

/**
 * `records.aggregateMany` that runs the statements side by side on the reader threads (#14: a
 * dashboard's three scans of a million rows, 65–110 ms each, queued on the one connection).
 * The request thread still does everything but the reading: it puts in place the tables and
 * covering indexes the statements read (as `aggregate` does — a reader's connection cannot
 * write), compiles them with the row scope and filters they were asked with, and turns their rows
 * into answers the way `aggregate` does, so the answers are the same numbers.
 *
 * A single statement stays on the request thread's connection: with nothing to run beside it,
 * the hop to a thread would only add to it. Each statement is a read of its own, in WAL mode
 * never blocked by a writer and never blocking one; it sees every commit made before it began,
 * as `aggregate` does.
 *
 * @example
 * const stores = createSqliteStores(db, { aggregateReaders: createSqliteAggregateReaders(file, 2) });
 * await stores.records.aggregateMany([{ selection, query: byRegion }, { selection, query: byMonth }], 480); // side by side
 */
export function aggregateOnReaders({ inTurn, aggregateStatement, gate, readers }: AggregateFanOut): RecordStore['aggregateMany'] {
  return async (asks, offsetMinutes) => {
    if (asks.length < 2) return inTurn(asks, offsetMinutes);
    const compileAll = (): (SqlFragment | Error)[] =>
      asks.map(({ selection, query }) => {
        try {
          return aggregateStatement(selection, query, offsetMinutes);
        } catch (error) {
          return error instanceof Error ? error : new Error(String(error));
        }
      });
    // Creating a table or an index writes on the request thread's connection: wait, as every
    // call does, while a transaction holds it.
    const compiled = gate.busy ? await gate.run(compileAll) : compileAll();
    const statements = compiled.filter((each): each is SqlFragment => !(each instanceof Error));
    const read = await readers.read(statements);
    let next = 0;
    return compiled.map((each, index): PromiseSettledResult<AggregateResult> => {
      if (each instanceof Error) return { status: 'rejected', reason: each };
      const rows = read[next++];
      const query = asks[index]?.query;
      if (!rows || !query) return { status: 'rejected', reason: new Error('an aggregate went unanswered') };
      return rows.status === 'fulfilled' ? { status: 'fulfilled', value: aggregateResultOf(rows.value, query) } : rows;
    });
  };
}
