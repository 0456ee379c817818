import { expect, it } from 'vitest';
import { sampleFormSchema } from '../../../testing/sampleFormSchema.js';
import { addUser } from './seedContractData.js';
import type { OpenStores } from './OpenStores.js';
import { useStores } from './useStores.js';

/** What rate limits keep in storage (so that every server process counts the same). */
export function limitsContract(open: OpenStores): void {
  const current = useStores(open);

  it('loginAttempts: counts per key within a window, finds the nth latest, clears and prunes', async () => {
    const stores = current();
    await stores.loginAttempts.recordFailure(['a', 'b'], 10);
    await stores.loginAttempts.recordFailure(['a'], 20);
    await stores.loginAttempts.recordFailure(['a'], 20);
    await stores.loginAttempts.recordFailure(['a'], 30);
    expect(await stores.loginAttempts.countSince('a', 0)).toBe(4);
    expect(await stores.loginAttempts.countSince('a', 20)).toBe(3);
    expect(await stores.loginAttempts.countSince('b', 11)).toBe(0);
    expect(await Promise.all([1, 2, 3, 4, 5].map((nth) => stores.loginAttempts.nthLatestFailure('a', nth)))).toEqual([30, 20, 20, 10, undefined]);
    await stores.loginAttempts.clear('b');
    expect(await stores.loginAttempts.countSince('b', 0)).toBe(0);
    expect(await stores.loginAttempts.deleteBefore(20)).toBe(1);
    expect(await stores.loginAttempts.countSince('a', 0)).toBe(3);
  });

  it('publicLinks: one link per form and per rep, kept for good; submissions counted per key and pruned', async () => {
    const stores = current();
    await stores.apps.create({ id: 'app', name: 'A', description: '', icon: null, createdBy: null, createdAt: 1 });
    await stores.forms.create({ id: 'f', appId: 'app', draft: sampleFormSchema(), createdBy: null, createdAt: 1 });
    await addUser(stores, 'u1', 'Rep');
    const own = await stores.publicLinks.ensure('f', null, 'token-form', 5);
    expect(own).toEqual({ token: 'token-form', formId: 'f', userId: null, createdAt: 5 });
    expect(await stores.publicLinks.ensure('f', null, 'token-other', 6)).toEqual(own);
    expect(await stores.publicLinks.ensure('f', 'u1', 'token-rep', 7)).toMatchObject({ token: 'token-rep', userId: 'u1' });
    expect((await stores.publicLinks.findByToken('token-rep'))?.userId).toBe('u1');
    expect(await stores.publicLinks.findByToken('token-other')).toBeUndefined();
    await stores.publicLinks.recordSubmission('a', 10);
    await stores.publicLinks.recordSubmission('a', 20);
    await stores.publicLinks.recordSubmission('b', 20);
    expect(await stores.publicLinks.countSubmissionsSince('a', 11)).toBe(1);
    expect(await stores.publicLinks.earliestSubmissionSince('a', 0)).toBe(10);
    expect(await stores.publicLinks.earliestSubmissionSince('c', 0)).toBeUndefined();
    expect(await stores.publicLinks.deleteSubmissionsBefore(20)).toBe(1);
    expect(await stores.publicLinks.countSubmissionsSince('a', 0)).toBe(1);
  });

  it('publicLinks: several callers ensuring the same link at once all get the same one', async () => {
    const stores = current();
    await stores.apps.create({ id: 'app', name: 'A', description: '', icon: null, createdBy: null, createdAt: 1 });
    await stores.forms.create({ id: 'f', appId: 'app', draft: sampleFormSchema(), createdBy: null, createdAt: 1 });
    const links = await Promise.all(['t1', 't2', 't3'].map((token) => stores.publicLinks.ensure('f', null, token, 5)));
    expect(new Set(links.map((link) => link.token)).size).toBe(1);
  });

  it('leases: one holder at a time; the holder renews; an expired lease goes to whoever asks; release frees it', async () => {
    const stores = current();
    expect(await stores.leases.acquire('housekeeping', 'p1', 1000, 60_000)).toBe(true);
    expect(await stores.leases.acquire('housekeeping', 'p2', 2000, 60_000)).toBe(false);
    expect(await stores.leases.acquire('other-job', 'p2', 2000, 60_000)).toBe(true);
    expect(await stores.leases.acquire('housekeeping', 'p1', 50_000, 60_000)).toBe(true); // renewed until 110 000
    expect(await stores.leases.acquire('housekeeping', 'p2', 100_000, 60_000)).toBe(false);
    expect(await stores.leases.acquire('housekeeping', 'p2', 110_000, 60_000)).toBe(true);
    await stores.leases.release('housekeeping', 'p1'); // not p1's any more: nothing happens
    expect(await stores.leases.acquire('housekeeping', 'p1', 120_000, 60_000)).toBe(false);
    await stores.leases.release('housekeeping', 'p2');
    expect(await stores.leases.acquire('housekeeping', 'p1', 120_000, 60_000)).toBe(true);
  });

  it('leases: of many processes asking at once, exactly one gets it', async () => {
    const stores = current();
    const taken = await Promise.all(Array.from({ length: 10 }, (_, index) => stores.leases.acquire('timers', `p${String(index)}`, 1000, 60_000)));
    expect(taken.filter(Boolean)).toHaveLength(1);
  });
}
