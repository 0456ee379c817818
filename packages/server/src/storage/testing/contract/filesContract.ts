import { expect, it } from 'vitest';
import { newRecord, sampleColumns, seedForm } from './seedContractData.js';
import type { OpenStores } from './OpenStores.js';
import { useStores } from './useStores.js';

/** Uploaded files' metadata and which records hold them. */
export function filesContract(open: OpenStores): void {
  const current = useStores(open);

  it('files: attached for good once a record references them; unattached ones listed oldest first and removable', async () => {
    const stores = current();
    await seedForm(stores);
    const file = (id: string, createdAt: number) => ({ id, uploaderId: 'u1', name: `${id}.pdf`, mimeType: 'application/pdf', size: 3, sha256: 'abc', createdAt });
    await stores.files.create(file('fil_b', 20));
    await stores.files.create(file('fil_a', 10));
    await stores.files.create(file('fil_c', 30));
    expect(await stores.files.findById('fil_a')).toEqual(file('fil_a', 10));
    await stores.records.insert(newRecord('r1', { f_name: 'x' }), sampleColumns);
    await stores.files.setRecordFiles('r1', ['fil_b'], 40);
    expect((await stores.files.listUnattached(100, 10)).map((f) => f.id)).toEqual(['fil_a', 'fil_c']);
    expect((await stores.files.listUnattached(25, 10)).map((f) => f.id)).toEqual(['fil_a']);
    expect(await stores.files.recordsReferencing('fil_b')).toEqual(['r1']);
    // Dropped from the record again: still attached for good (a restore or history may need it).
    await stores.files.setRecordFiles('r1', [], 50);
    expect(await stores.files.deleteUnattached('fil_b')).toBe(false);
    expect(await stores.files.deleteUnattached('fil_a')).toBe(true);
    expect(await stores.files.deleteUnattached('fil_a')).toBe(false);
    expect(await stores.files.findById('fil_a')).toBeUndefined();
  });
}
