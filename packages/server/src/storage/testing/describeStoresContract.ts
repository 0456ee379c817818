import { describe } from 'vitest';
import { documentsContract } from './contract/documentsContract.js';
import { scoreRunsContract } from './contract/scoreRunsContract.js';
import { filesContract } from './contract/filesContract.js';
import { flowsContract } from './contract/flowsContract.js';
import { formsContract } from './contract/formsContract.js';
import { limitsContract } from './contract/limitsContract.js';
import type { OpenStores } from './contract/OpenStores.js';
import { orgContract } from './contract/orgContract.js';
import { recordAggregateManyContract } from './contract/recordAggregateManyContract.js';
import { recordsContract } from './contract/recordsContract.js';
import { recordWriteStampsContract } from './contract/recordWriteStampsContract.js';
import { transactionContract } from './contract/transactionContract.js';

export type { OpenedStores, OpenStores } from './contract/OpenStores.js';

/**
 * The behaviour every `Stores` adapter must have, as one suite each adapter runs (rjsf's
 * `xxxTest(validator)` pattern): every port, the transaction semantics, and the invariants that
 * must hold under concurrent callers (one winner per compare-and-set, serials never repeated, one
 * answer per idempotency key). `open` returns empty, migrated stores for each test.
 *
 * @example
 * describeStoresContract('SQLite', async () => {
 *   const db = openDatabase(':memory:');
 *   migrateDatabase(db, () => 0);
 * *   return { stores: createSqliteStores(db), close: async () => void db.close() };
 * });
 */
export function describeStoresContract(name: string, open: OpenStores): void {
  describe(`Stores contract: ${name}`, () => {
    describe('organisation', () => orgContract(open));
    describe('forms', () => formsContract(open));
    describe('records', () => recordsContract(open));
    describe('record write stamps', () => recordWriteStampsContract(open));
    describe('aggregates asked together', () => recordAggregateManyContract(open));
    describe('files', () => filesContract(open));
    describe('limits', () => limitsContract(open));
    describe('transactions', () => transactionContract(open));
    describe('documents', () => documentsContract(open));
    describe('score runs', () => scoreRunsContract(open));
    describe('workflow runtime', () => flowsContract(open));
  });
}
