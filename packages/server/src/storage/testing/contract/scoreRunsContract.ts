import { expect, it } from 'vitest';
import type { NewScoreRun } from '../../ScoreRunStore.js';
import type { Stores } from '../../Stores.js';
import type { OpenStores } from './OpenStores.js';
import { seedForm } from './seedContractData.js';
import { useStores } from './useStores.js';

const run = (id: string, period: string, computedAt: number, reason: string | null = null): NewScoreRun => ({
  id,
  schemeId: 'sch',
  schemeVersion: 1,
  period,
  trial: false,
  inputs: { period, people: [{ id: 'u1' }], actuals: { k: { u1: 12.5 } } },
  sheet: { period, people: [{ personId: 'u1', total: 85.5, explanation: { 'zh-CN': '85.5 分', en: '85.5 points' } }] },
  formStamps: { f: 7 },
  reason,
  computedAt,
  computedBy: 'u1',
});

async function seedScheme(stores: Stores): Promise<void> {
  await seedForm(stores);
  await stores.documents.create({ id: 'sch', kind: 'scoring', appId: 'app', formId: null, draft: { kind: 'scoring' }, createdBy: 'u1', createdAt: 1 });
}

/** Score runs: snapshots kept as computed, the latest run current, confirmations once per subject. */
export function scoreRunsContract(open: OpenStores): void {
  const current = useStores(open);

  it('score runs: a run reads back as stored; the latest added is current, the history lists all, periods latest first', async () => {
    const stores = current();
    await seedScheme(stores);
    const first = run('run1', '2026-11', 100);
    expect(await stores.scoreRuns.add(first)).toEqual(first);
    expect(await stores.scoreRuns.findById('run1')).toEqual(first);
    expect(await stores.scoreRuns.latest('sch', '2026-11')).toEqual(first);
    // Recomputed in the same millisecond, with a reason: still the later one is current.
    await stores.scoreRuns.add(run('run2', '2026-11', 100, '补录了 3 笔合同'));
    await stores.scoreRuns.add(run('run3', '2026-10', 50));
    expect((await stores.scoreRuns.latest('sch', '2026-11'))?.id).toBe('run2');
    expect((await stores.scoreRuns.history('sch', '2026-11')).map(({ id, reason }) => ({ id, reason }))).toEqual([
      { id: 'run2', reason: '补录了 3 笔合同' },
      { id: 'run1', reason: null },
    ]);
    expect(await stores.scoreRuns.history('sch', '2026-11')).not.toContainEqual(expect.objectContaining({ sheet: expect.anything() }));
    expect(await stores.scoreRuns.periods('sch')).toEqual(['2026-11', '2026-10']);
    expect(await stores.scoreRuns.latest('sch', '2026-12')).toBeUndefined();
    expect(await stores.scoreRuns.findById('nope')).toBeUndefined();
  });

  it('score runs: the current run of each named period, in one call; periods without a run are left out', async () => {
    const stores = current();
    await seedScheme(stores);
    await stores.scoreRuns.add(run('run1', '2026-11', 100));
    await stores.scoreRuns.add(run('run2', '2026-11', 100, '补录'));
    await stores.scoreRuns.add(run('run3', '2026-10', 50));
    await stores.scoreRuns.add(run('run4', '2026-09', 40));
    const found = await stores.scoreRuns.latestOfPeriods('sch', ['2026-11', '2026-10', '2026-08']);
    expect(found.map(({ id, period }) => `${period}:${id}`).sort()).toEqual(['2026-10:run3', '2026-11:run2']);
    expect(found.find(({ id }) => id === 'run2')?.sheet).toEqual(run('run2', '2026-11', 100).sheet);
    expect(await stores.scoreRuns.latestOfPeriods('sch', [])).toEqual([]);
    expect(await stores.scoreRuns.latestOfPeriods('other', ['2026-11'])).toEqual([]);
  });

  it('score runs: a run for an unknown scheme is refused, and a run never changes', async () => {
    const stores = current();
    await seedScheme(stores);
    await expect(stores.scoreRuns.add({ ...run('orphan', '2026-11', 1), schemeId: 'missing' })).rejects.toThrow();
    await stores.scoreRuns.add(run('run1', '2026-11', 1));
    await expect(stores.scoreRuns.add(run('run1', '2026-12', 2))).rejects.toThrow();
    expect((await stores.scoreRuns.findById('run1'))?.period).toBe('2026-11');
  });

  it('score confirmations: once per run and subject, also when racing; listed oldest first', async () => {
    const stores = current();
    await seedScheme(stores);
    await stores.scoreRuns.add(run('run1', '2026-11', 1));
    const tries = await Promise.all(
      Array.from({ length: 10 }, (_, index) => stores.scoreRuns.confirm({ runId: 'run1', subjectKind: 'person', subjectId: 'u1', confirmedBy: 'u1', confirmedAt: 20 + index, note: null })),
    );
    expect(tries.filter(Boolean)).toHaveLength(1);
    expect(await stores.scoreRuns.confirm({ runId: 'run1', subjectKind: 'team', subjectId: 'd_east', confirmedBy: 'u2', confirmedAt: 10, note: '华东的数据已核对' })).toBe(true);
    const confirmations = await stores.scoreRuns.confirmations('run1');
    expect(confirmations.map(({ subjectKind, subjectId, confirmedBy, note }) => ({ subjectKind, subjectId, confirmedBy, note }))).toEqual([
      { subjectKind: 'team', subjectId: 'd_east', confirmedBy: 'u2', note: '华东的数据已核对' },
      { subjectKind: 'person', subjectId: 'u1', confirmedBy: 'u1', note: null },
    ]);
    await expect(stores.scoreRuns.confirm({ runId: 'missing', subjectKind: 'person', subjectId: 'u1', confirmedBy: 'u1', confirmedAt: 1, note: null })).rejects.toThrow();
  });

  it('score runs: a rolled-back transaction leaves neither run nor confirmation', async () => {
    const stores = current();
    await seedScheme(stores);
    await expect(
      stores.transaction(async (tx) => {
        await tx.scoreRuns.add(run('run1', '2026-11', 1));
        await tx.scoreRuns.confirm({ runId: 'run1', subjectKind: 'person', subjectId: 'u1', confirmedBy: 'u1', confirmedAt: 2, note: null });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await stores.scoreRuns.latest('sch', '2026-11')).toBeUndefined();
    expect(await stores.scoreRuns.confirmations('run1')).toEqual([]);
  });
}
