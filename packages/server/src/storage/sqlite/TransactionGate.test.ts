import { describe, expect, it } from 'vitest';
import { createSqliteStores } from './createSqliteStores.js';
import { migrateDatabase } from './migrateDatabase.js';
import { openDatabase } from './openDatabase.js';
import { newRecord, sampleColumns, seedForm } from '../testing/contract/seedContractData.js';
import { GateTimeoutError, TransactionGate } from './TransactionGate.js';

const app = (id: string) => ({ id, name: id, description: '', icon: null, createdBy: null, createdAt: 1 });

function openStores(maxWaitMs = 15_000) {
  const db = openDatabase(':memory:');
  migrateDatabase(db, () => 0);
  return { db, stores: createSqliteStores(db, { maxWaitMs }) };
}

describe('TransactionGate', () => {
  it('lets holders in one at a time, first come first served', async () => {
    const gate = new TransactionGate(1000);
    const order: string[] = [];
    await gate.enter();
    const second = gate.enter().then(() => order.push('second'));
    const third = gate.enter().then(() => order.push('third'));
    expect(gate.busy).toBe(true);
    gate.leave();
    await second;
    expect(order).toEqual(['second']);
    gate.leave();
    await third;
    gate.leave();
    expect(order).toEqual(['second', 'third']);
    expect(gate.busy).toBe(false);
  });

  it('gives up on a wait longer than its limit, and the queue goes on without the waiter', async () => {
    const gate = new TransactionGate(30);
    await gate.enter();
    await expect(gate.enter()).rejects.toBeInstanceOf(GateTimeoutError);
    const next = gate.enter();
    gate.leave();
    await next;
    gate.leave();
    expect(gate.busy).toBe(false);
  });
});

describe('SQLite stores around a transaction', () => {
  it('a call outside waits until the transaction has committed, then sees its writes', async () => {
    const { stores } = openStores();
    let outside: Promise<unknown> | undefined;
    await stores.transaction(async (tx) => {
      await tx.apps.create(app('a'));
      outside = stores.apps.findById('a');
      await new Promise((resolve) => setTimeout(resolve, 10));
      await tx.apps.update('a', { name: 'committed' }, 2);
    });
    expect(await outside).toMatchObject({ name: 'committed' });
  });

  it('a write outside never lands inside a transaction that then rolls back', async () => {
    const { stores } = openStores();
    let outside: Promise<unknown> | undefined;
    await expect(
      stores.transaction(async (tx) => {
        await tx.apps.create(app('inside'));
        outside = stores.apps.create(app('outside'));
        await new Promise((resolve) => setTimeout(resolve, 10));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await outside;
    expect((await stores.apps.list()).map((found) => found.id)).toEqual(['outside']);
  });

  it('the outer stores called inside a transaction fail after the wait limit instead of hanging, and the transaction rolls back', async () => {
    const { stores } = openStores(50);
    await expect(
      stores.transaction(async (tx) => {
        await tx.apps.create(app('a'));
        await stores.apps.list(); // wrong: should be tx.apps.list()
      }),
    ).rejects.toBeInstanceOf(GateTimeoutError);
    expect(await stores.apps.list()).toEqual([]);
  });

  it('an iteration outside a transaction waits for it between steps', async () => {
    const { stores } = openStores();
    await seedForm(stores);
    await stores.records.insert(newRecord('r1', { f_name: 'a' }), sampleColumns);
    const iterator = stores.records.iterateForm('f')[Symbol.asyncIterator]();
    let committed = false;
    const transaction = stores.transaction(async (tx) => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await tx.records.insert(newRecord('r2', { f_name: 'b' }), sampleColumns);
      committed = true;
    });
    const first = await iterator.next();
    expect(committed).toBe(true);
    expect(first.value).toMatchObject({ id: 'r1' });
    expect(await iterator.next()).toMatchObject({ value: { id: 'r2' } });
    expect((await iterator.next()).done).toBe(true);
    await transaction;
  });
});
