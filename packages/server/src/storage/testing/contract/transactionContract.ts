import { expect, it } from 'vitest';
import type { Stores } from '../../Stores.js';
import type { OpenStores } from './OpenStores.js';
import { useStores } from './useStores.js';

const app = (id: string) => ({ id, name: id, description: '', icon: null, createdBy: null, createdAt: 1 });

/** `stores.transaction`: atomic, isolated from the outer stores, nestable, and closed when done. */
export function transactionContract(open: OpenStores): void {
  const current = useStores(open);

  it('transaction: all or nothing, and answers what the work returns', async () => {
    const stores = current();
    await expect(
      stores.transaction(async (tx) => {
        await tx.apps.create(app('app1'));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await stores.apps.list()).toEqual([]);
    expect(await stores.transaction(async (tx) => (await tx.apps.create(app('app2'))).id)).toBe('app2');
    expect((await stores.apps.list()).map((found) => found.id)).toEqual(['app2']);
  });

  it('transaction: a nested transaction that fails rolls back only its own writes', async () => {
    const stores = current();
    const result = await stores.transaction(async (tx) => {
      await tx.apps.create(app('outer'));
      await expect(
        tx.transaction(async (inner) => {
          await inner.apps.create(app('inner'));
          throw new Error('inner fails');
        }),
      ).rejects.toThrow('inner fails');
      return tx.transaction(async (inner) => (await inner.apps.create(app('second'))).id);
    });
    expect(result).toBe('second');
    expect((await stores.apps.list()).map((found) => found.id).sort()).toEqual(['outer', 'second']);
  });

  it('transaction: the outer stores never see its uncommitted writes', async () => {
    const stores = current();
    let readOutside: Promise<unknown> | undefined;
    await expect(
      stores.transaction(async (tx) => {
        await tx.apps.create(app('uncommitted'));
        readOutside = stores.apps.findById('uncommitted');
        // Give the outside read every chance to run before the rollback.
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await readOutside).toBeUndefined();
  });

  it('transaction: concurrent transactions all commit', async () => {
    const stores = current();
    await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        stores.transaction(async (tx) => {
          await tx.apps.create(app(`a${String(index)}`));
          await new Promise((resolve) => setTimeout(resolve, 2));
          await tx.apps.update(`a${String(index)}`, { name: `done ${String(index)}` }, 2);
        }),
      ),
    );
    const names = (await stores.apps.list()).map((found) => found.name).sort();
    expect(names).toEqual(Array.from({ length: 8 }, (_, index) => `done ${String(index)}`).sort());
  });

  it('transaction: a tx kept after its transaction ended refuses to run', async () => {
    const stores = current();
    let kept: Stores | undefined;
    await stores.transaction(async (tx) => {
      kept = tx;
      await tx.apps.list();
    });
    await expect(kept?.apps.create(app('late')) ?? Promise.resolve()).rejects.toThrow(/transaction has ended/);
    expect(await stores.apps.list()).toEqual([]);
  });
}
