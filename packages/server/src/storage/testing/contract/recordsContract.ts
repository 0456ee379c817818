import { expect, it } from 'vitest';
import type { QueryField } from '../../../query/QueryField.js';
import type { StoredRecord } from '../../../records/StoredRecord.js';
import type { RecordCursor } from '../../../query/RecordCursor.js';
import type { RecordSort } from '../../../query/RecordSort.js';
import type { RecordSelection } from '../../RecordStore.js';
import type { Stores } from '../../Stores.js';
import type { ValueColumn } from '../../../records/ValueColumn.js';
import { sampleFormSchema } from '../../../testing/sampleFormSchema.js';
import { newRecord, sampleColumns, seedForm } from './seedContractData.js';
import type { OpenStores } from './OpenStores.js';
import { useStores } from './useStores.js';

const name: QueryField = { id: 'f_name', kind: 'text', system: false, removed: false };
const amount: QueryField = { id: 'f_amount', kind: 'number', system: false, removed: false };
const owner: QueryField = { id: '_owner', kind: 'text', system: true, removed: false };
const everything: RecordSelection = { formId: 'f', columns: sampleColumns, scope: { kind: 'all' }, filter: null, state: 'live' };

/** Every page of a list, walked with its cursors. */
async function walk(stores: Stores, sort: RecordSort, limit: number, selection: RecordSelection = everything): Promise<string[]> {
  const ids: string[] = [];
  let cursor: RecordCursor | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await stores.records.page({ ...selection, sort, cursor, limit });
    ids.push(...page.records.map((record) => record.id));
    if (!page.next) return ids;
    cursor = page.next;
  }
  throw new Error('the pages never ended');
}

/** Records, their history, serial counters and idempotency answers. */
export function recordsContract(open: OpenStores): void {
  const current = useStores(open);

  it('records: insert stamps version 1 and the creator; find reads it back with the creator name', async () => {
    const stores = current();
    await seedForm(stores);
    const stored = await stores.records.insert(newRecord('r1', { f_name: '华东 客户', f_amount: 12.5 }), sampleColumns);
    expect(stored).toMatchObject({ id: 'r1', formId: 'f', version: 1, data: { f_name: '华东 客户', f_amount: 12.5 }, creatorId: 'u1', creatorName: 'Alice', ownerId: 'u1', createdAt: 10, updatedAt: 10, deletedAt: null });
    expect(await stores.records.findById('r1')).toEqual(stored);
    expect(await stores.records.findById('none')).toBeUndefined();
  });

  it('records: findByIds reads the ones that exist in one go, and nothing for no ids', async () => {
    const stores = current();
    await seedForm(stores);
    await stores.records.insert(newRecord('r1', { f_name: 'a', f_amount: 1 }), sampleColumns);
    await stores.records.insert(newRecord('r2', { f_name: 'b', f_amount: 2 }), sampleColumns);
    await stores.records.insert(newRecord('r3', { f_name: 'c', f_amount: 3 }), sampleColumns);
    const found = await stores.records.findByIds(['r3', 'none', 'r1']);
    expect(found.map((record) => record.id).sort()).toEqual(['r1', 'r3']);
    expect(found.find((record) => record.id === 'r3')).toMatchObject({ data: { f_name: 'c', f_amount: 3 }, creatorName: 'Alice' });
    expect(await stores.records.findByIds([])).toEqual([]);
  });

  it('records: update and delete are compare-and-set on the version; of racing writers exactly one wins', async () => {
    const stores = current();
    await seedForm(stores);
    await stores.records.insert(newRecord('r1', { f_name: 'a', f_amount: 1 }), sampleColumns);
    const change = (n: number) => ({ data: { f_name: 'a', f_amount: n }, formVersion: 1, updatedBy: 'u2', updatedAt: 20 + n });
    const racing = await Promise.all([2, 3, 4].map((n) => stores.records.update('r1', 1, change(n), sampleColumns)));
    const winners = racing.filter((record) => record !== undefined);
    expect(winners).toHaveLength(1);
    expect(winners[0]).toMatchObject({ version: 2, updatedBy: 'u2' });
    expect(await stores.records.update('r1', 1, change(9), sampleColumns)).toBeUndefined();
    const deleted = await stores.records.setDeleted('r1', 2, { deleted: true, at: 30, by: 'u2' }, sampleColumns);
    expect(deleted).toMatchObject({ version: 3, deletedAt: 30, deletedBy: 'u2', updatedAt: 30 });
    expect(await stores.records.count(everything)).toBe(0);
    expect(await stores.records.count({ ...everything, state: 'deleted' })).toBe(1);
    expect(await stores.records.setDeleted('r1', 2, { deleted: false, at: 31, by: 'u2' }, sampleColumns)).toBeUndefined();
    expect(await stores.records.setDeleted('r1', 3, { deleted: false, at: 31, by: 'u2' }, sampleColumns)).toMatchObject({ version: 4, deletedAt: null });
    expect(await stores.records.count(everything)).toBe(1);
  });

  it('records: pages walk every record once, in the sort order, empty values placed as SQLite does', async () => {
    const stores = current();
    await seedForm(stores);
    const amounts = [5, null, -2.5, 5, 100, null, 0, 7.25, 5, 3];
    for (const [index, value] of amounts.entries()) {
      await stores.records.insert(newRecord(`r${String(index)}`, value === null ? { f_name: `n${String(index)}` } : { f_name: `n${String(index)}`, f_amount: value }), sampleColumns);
    }
    const bySeq = amounts.map((_, index) => `r${String(index)}`);
    expect(await walk(stores, { field: null, direction: 'asc' }, 3)).toEqual(bySeq);
    expect(await walk(stores, { field: null, direction: 'desc' }, 4)).toEqual([...bySeq].reverse());
    // Ascending: empty values first; ties in submission order. Descending: the exact reverse.
    const ascending = ['r1', 'r5', 'r2', 'r6', 'r9', 'r0', 'r3', 'r8', 'r7', 'r4'];
    expect(await walk(stores, { field: amount, direction: 'asc' }, 3)).toEqual(ascending);
    expect(await walk(stores, { field: amount, direction: 'desc' }, 3)).toEqual([...ascending].reverse());
    expect(await walk(stores, { field: amount, direction: 'asc' }, 100)).toEqual(ascending);
  });

  it('records: filters, row scopes and counts select the same records', async () => {
    const stores = current();
    await seedForm(stores);
    await stores.departments.create({ id: 'd1', name: 'D1', parentId: null, managerId: null, createdAt: 1 });
    await stores.records.insert(newRecord('a', { f_name: '50%_off', f_amount: 10 }), sampleColumns);
    await stores.records.insert(newRecord('b', { f_name: '5000 OFF', f_amount: 20 }, 'u2'), sampleColumns);
    await stores.records.insert({ ...newRecord('c', { f_name: 'Shanghai', f_amount: 30 }, 'u2'), ownerDepartmentId: 'd1' }, sampleColumns);
    const select = (patch: Partial<RecordSelection>): RecordSelection => ({ ...everything, ...patch });
    const ids = async (selection: RecordSelection) => (await stores.records.page({ ...selection, sort: { field: null, direction: 'asc' }, cursor: undefined, limit: 50 })).records.map((record) => record.id);
    expect(await ids(select({ filter: { kind: 'like', field: name, text: '%_' } }))).toEqual(['a']);
    expect(await ids(select({ filter: { kind: 'like', field: name, text: 'off' } }))).toEqual(['a', 'b']);
    expect(await ids(select({ filter: { kind: 'compare', field: amount, comparison: '>=', value: 20 } }))).toEqual(['b', 'c']);
    expect(await ids(select({ filter: { kind: 'not', item: { kind: 'in', field: name, values: ['Shanghai'] } } }))).toEqual(['a', 'b']);
    expect(await ids(select({ filter: { kind: 'or', items: [{ kind: 'compare', field: amount, comparison: '<', value: 15 }, { kind: 'compare', field: owner, comparison: '=', value: 'u2' }] } }))).toEqual(['a', 'b', 'c']);
    expect(await ids(select({ scope: { kind: 'own', userId: 'u2' } }))).toEqual(['b', 'c']);
    expect(await ids(select({ scope: { kind: 'department', userId: 'u1', departmentIds: ['d1'] } }))).toEqual(['a', 'c']);
    expect(await stores.records.count(select({ scope: { kind: 'own', userId: 'u2' }, filter: { kind: 'compare', field: amount, comparison: '>', value: 25 } }))).toBe(1);
  });

  it('records: aggregates group and measure live records in scope', async () => {
    const stores = current();
    await seedForm(stores);
    await stores.records.insert(newRecord('a', { f_name: 'a', f_amount: 10 }), sampleColumns);
    await stores.records.insert(newRecord('b', { f_name: 'b', f_amount: 20 }, 'u2'), sampleColumns);
    await stores.records.insert(newRecord('c', { f_name: 'c', f_amount: 30 }, 'u2'), sampleColumns);
    await stores.records.insert(newRecord('d', { f_name: 'd' }, 'u2'), sampleColumns);
    await stores.records.setDeleted('a', 1, { deleted: true, at: 11, by: 'u1' }, sampleColumns);
    const result = await stores.records.aggregate(
      { formId: 'f', columns: sampleColumns, scope: { kind: 'all' } },
      {
        groups: [{ field: owner, bucket: null, key: 'owner' }],
        measures: [
          { id: 'n', op: 'count', field: null },
          { id: 's', op: 'sum', field: amount },
          { id: 'avg', op: 'avg', field: amount },
        ],
        filter: null,
        sort: null,
        limit: 10,
      },
      480,
    );
    expect(result).toEqual({ rows: [{ keys: ['u2'], values: [3, 50, 25] }], truncated: false });
  });

  it('records: iterate reads the selection in submission order; iterateForm includes the deleted', async () => {
    const stores = current();
    await seedForm(stores);
    for (let index = 0; index < 7; index++) await stores.records.insert(newRecord(`r${String(index)}`, { f_name: `n${String(index)}`, f_amount: index }), sampleColumns);
    await stores.records.setDeleted('r3', 1, { deleted: true, at: 11, by: 'u1' }, sampleColumns);
    const read = async (iterable: AsyncIterable<StoredRecord>) => {
      const ids: string[] = [];
      for await (const record of iterable) ids.push(record.id);
      return ids;
    };
    expect(await read(stores.records.iterate({ ...everything, filter: { kind: 'compare', field: amount, comparison: '>', value: 1 } }))).toEqual(['r2', 'r4', 'r5', 'r6']);
    expect(await read(stores.records.iterateForm('f'))).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
  });

  it('records: insertMany writes a batch that reads back like inserted records', async () => {
    const stores = current();
    await seedForm(stores);
    await stores.transaction(async (tx) => {
      await tx.records.insertMany(
        { formId: 'f', formVersion: 1, creatorId: 'u1', ownerId: 'u2', ownerDepartmentId: null, createdAt: 50, ids: ['m1', 'm2'], json: [JSON.stringify({ f_name: 'x', f_amount: 1 }), JSON.stringify({ f_name: 'y', f_amount: 2 })], cells: ['x', 1, 'y', 2] },
        sampleColumns,
      );
    });
    expect(await stores.records.findById('m2')).toMatchObject({ data: { f_name: 'y', f_amount: 2 }, ownerId: 'u2', creatorName: 'Alice', version: 1, createdAt: 50 });
    expect(await walk(stores, { field: amount, direction: 'desc' }, 1)).toEqual(['m2', 'm1']);
  });

  it('records: what a rolled-back transaction created for a form (its table, a new column) is gone, and later writes of every form land where they belong', async () => {
    const stores = current();
    await seedForm(stores);
    await stores.forms.create({ id: 'g', appId: 'app', draft: sampleFormSchema(), createdBy: null, createdAt: 1 });
    const rollBack = async (work: (tx: Stores) => Promise<unknown>) => {
      await expect(stores.transaction(async (tx) => {
        await work(tx);
        throw new Error('roll back');
      })).rejects.toThrow('roll back');
    };
    // Form f's first write rolls back; form g's first write then does the same work afresh.
    await rollBack((tx) => tx.records.insert(newRecord('f0', { f_name: 'gone', f_amount: 1 }), sampleColumns));
    await stores.records.insert({ ...newRecord('g1', { f_name: 'G', f_amount: 2 }), formId: 'g' }, sampleColumns);
    await stores.records.insert(newRecord('f1', { f_name: 'F', f_amount: 3 }), sampleColumns);
    // A column added inside a savepoint that rolls back, while the transaction around it goes on.
    const extra: ValueColumn = { fieldId: 'f_extra', kind: 'number', fieldType: 'number', indexed: true };
    await stores.transaction(async (tx) => {
      await expect(tx.transaction(async (inner) => {
        await inner.records.insert(newRecord('f2', { f_name: 'F2', f_amount: 4, f_extra: 7 }), [...sampleColumns, extra]);
        throw new Error('inner');
      })).rejects.toThrow('inner');
      await tx.records.insert(newRecord('f3', { f_name: 'F3', f_amount: 5, f_extra: 8 }), [...sampleColumns, extra]);
    });
    const extraField: QueryField = { id: 'f_extra', kind: 'number', system: false, removed: false };
    const ids = async (selection: RecordSelection) => (await stores.records.page({ ...selection, sort: { field: amount, direction: 'asc' }, cursor: undefined, limit: 10 })).records.map((record) => record.id);
    expect(await ids(everything)).toEqual(['f1', 'f3']);
    expect(await ids({ ...everything, formId: 'g' })).toEqual(['g1']);
    expect(await ids({ ...everything, columns: [...sampleColumns, extra], filter: { kind: 'compare', field: extraField, comparison: '=', value: 8 } })).toEqual(['f3']);
    expect(await stores.records.findById('f0')).toBeUndefined();
    expect(await stores.records.findById('f2')).toBeUndefined();
  });

  it('records: hasValue finds a live holder of a value other than the record itself', async () => {
    const stores = current();
    await seedForm(stores);
    await stores.records.insert(newRecord('a', { f_name: 'ACME' }), sampleColumns);
    expect(await stores.records.hasValue('f', sampleColumns, 'f_name', 'ACME', null)).toBe(true);
    expect(await stores.records.hasValue('f', sampleColumns, 'f_name', 'ACME', 'a')).toBe(false);
    expect(await stores.records.hasValue('f', sampleColumns, 'f_name', 'acme', null)).toBe(false);
    await stores.records.setDeleted('a', 1, { deleted: true, at: 11, by: 'u1' }, sampleColumns);
    expect(await stores.records.hasValue('f', sampleColumns, 'f_name', 'ACME', null)).toBe(false);
  });

  it('history: the creation first, read from the record, then the appended changes with names and reasons', async () => {
    const stores = current();
    await seedForm(stores);
    await stores.records.insert(newRecord('r1', { f_name: 'a' }), sampleColumns);
    await stores.history.append({ recordId: 'r1', version: 2, action: 'update', actorId: 'u2', at: 20, changes: [{ fieldId: 'f_name', from: 'a', to: 'b' }], reason: '客户改名' });
    await stores.history.append({ recordId: 'r1', version: 3, action: 'delete', actorId: 'u2', at: 30, changes: [] });
    // An applied change flow: Bob proposed it, Alice approved it.
    await stores.history.append({ recordId: 'r1', version: 4, action: 'update', actorId: 'u2', at: 40, changes: [{ fieldId: 'f_name', from: 'b', to: 'c' }], reason: '追加', approvedBy: 'u1' });
    expect(await stores.history.list('r1')).toEqual([
      { recordId: 'r1', version: 1, action: 'create', actorId: 'u1', actorName: 'Alice', at: 10, changes: [], reason: null },
      { recordId: 'r1', version: 2, action: 'update', actorId: 'u2', actorName: 'Bob', at: 20, changes: [{ fieldId: 'f_name', from: 'a', to: 'b' }], reason: '客户改名' },
      { recordId: 'r1', version: 3, action: 'delete', actorId: 'u2', actorName: 'Bob', at: 30, changes: [], reason: null },
      { recordId: 'r1', version: 4, action: 'update', actorId: 'u2', actorName: 'Bob', at: 40, changes: [{ fieldId: 'f_name', from: 'b', to: 'c' }], reason: '追加', approvedBy: 'u1', approverName: 'Alice' },
    ]);
    expect(await stores.history.list('none')).toEqual([]);
  });

  it('serials: start, then +1 per counter; concurrent callers never get the same value; a rollback gives its value back', async () => {
    const stores = current();
    await seedForm(stores);
    expect(await stores.serials.next('f', 'f_no', '2026-12', 1000)).toBe(1000);
    expect(await stores.serials.next('f', 'f_no', '2026-12', 1000)).toBe(1001);
    expect(await stores.serials.next('f', 'f_no', '2027-01', 1)).toBe(1);
    const racing = await Promise.all(Array.from({ length: 20 }, () => stores.transaction((tx) => tx.serials.next('f', 'f_no', '2026-12', 1000))));
    expect([...racing].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => 1002 + index));
    await expect(
      stores.transaction(async (tx) => {
        await tx.serials.next('f', 'f_no', '2026-12', 1000);
        throw new Error('submit refused');
      }),
    ).rejects.toThrow('submit refused');
    expect(await stores.serials.next('f', 'f_no', '2026-12', 1000)).toBe(1022);
  });

  it('idempotency: one answer per form, user and key; a second save of a key fails; old answers pruned', async () => {
    const stores = current();
    await seedForm(stores);
    await stores.records.insert(newRecord('r1', { f_name: 'a' }), sampleColumns);
    const answer = { requestHash: 'h', recordId: 'r1', response: { id: 'r1', data: { f_name: 'a' } } };
    await stores.idempotency.save('f', 'u1', 'key-1', answer, 100);
    expect(await stores.idempotency.find('f', 'u1', 'key-1')).toEqual(answer);
    expect(await stores.idempotency.find('f', 'u2', 'key-1')).toBeUndefined();
    await expect(stores.idempotency.save('f', 'u1', 'key-1', answer, 101)).rejects.toThrow();
    await stores.idempotency.save('f', 'u2', 'key-1', answer, 200);
    expect(await stores.idempotency.deleteBefore(150)).toBe(1);
    expect(await stores.idempotency.find('f', 'u1', 'key-1')).toBeUndefined();
    expect(await stores.idempotency.find('f', 'u2', 'key-1')).toEqual(answer);
  });
}
