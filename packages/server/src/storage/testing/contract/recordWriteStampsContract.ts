import { expect, it } from 'vitest';
import { sampleFormSchema } from '../../../testing/sampleFormSchema.js';
import type { OpenStores } from './OpenStores.js';
import { newRecord, sampleColumns, seedForm } from './seedContractData.js';
import { useStores } from './useStores.js';

/** `RecordStore.writeStamps`: what dashboard caches key on to notice writes, also another process's. */
export function recordWriteStampsContract(open: OpenStores): void {
  const current = useStores(open);

  it('write stamps: 0 for a form never written; every insert, batch, update, delete and restore raises its form’s stamp only', async () => {
    const stores = current();
    await seedForm(stores);
    await stores.forms.create({ id: 'g', appId: 'app', draft: sampleFormSchema(), createdBy: null, createdAt: 1 });
    const stamps = async (): Promise<[number, number]> => {
      const read = await stores.records.writeStamps(['f', 'g']);
      return [read.get('f') ?? -1, read.get('g') ?? -1];
    };
    expect(await stamps()).toEqual([0, 0]);
    expect((await stores.records.writeStamps([])).size).toBe(0);

    const seen: number[] = [];
    const raised = async (): Promise<void> => {
      const [f, g] = await stamps();
      expect(f).toBeGreaterThan(seen.at(-1) ?? 0);
      expect(g).toBe(0);
      seen.push(f);
    };
    await stores.records.insert(newRecord('r1', { f_name: 'a', f_amount: 1 }), sampleColumns);
    await raised();
    await stores.transaction(async (tx) => {
      await tx.records.insertMany(
        { formId: 'f', formVersion: 1, creatorId: 'u1', ownerId: 'u1', ownerDepartmentId: null, createdAt: 20, ids: ['m1'], json: [JSON.stringify({ f_name: 'm', f_amount: 2 })], cells: ['m', 2] },
        sampleColumns,
      );
    });
    await raised();
    await stores.records.update('r1', 1, { data: { f_name: 'a', f_amount: 5 }, formVersion: 1, updatedBy: 'u1', updatedAt: 30 }, sampleColumns);
    await raised();
    await stores.records.setDeleted('r1', 2, { deleted: true, at: 40, by: 'u1' }, sampleColumns);
    await raised();
    await stores.records.setDeleted('r1', 3, { deleted: false, at: 50, by: 'u1' }, sampleColumns);
    await raised();
    // A compare-and-set that lost wrote nothing: the stamp may stay.
    expect(await stores.records.update('r1', 1, { data: {}, formVersion: 1, updatedBy: 'u1', updatedAt: 60 }, sampleColumns)).toBeUndefined();
  });

  it('write stamps: a write rolled back leaves the stamp as it was', async () => {
    const stores = current();
    await seedForm(stores);
    await stores.records.insert(newRecord('r1', { f_name: 'a' }), sampleColumns);
    const before = (await stores.records.writeStamps(['f'])).get('f');
    await expect(
      stores.transaction(async (tx) => {
        await tx.records.insert(newRecord('r2', { f_name: 'b' }), sampleColumns);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await stores.records.writeStamps(['f'])).get('f')).toBe(before);
  });
}
