import { describe, expect, it } from 'vitest';
import type { Stores } from '../Stores.js';
import { sampleFormSchema } from '../../testing/sampleFormSchema.js';

/**
 * The behaviour every `Stores` implementation must have, as a suite to run against each one
 * (SQLite today; a PostgreSQL adapter would call it too). `makeStores` returns empty, migrated stores.
 *
 * @example
 * describeStoresContract('sqlite', () => createSqliteStores(migratedInMemoryDb()));
 */
export function describeStoresContract(name: string, makeStores: () => Stores): void {
  describe(`Stores contract: ${name}`, () => {
    const newUser = (stores: Stores, id: string, username: string, extra: { departmentId?: string | null } = {}) =>
      stores.users.create({ id, username, name: username, role: 'member', departmentId: extra.departmentId ?? null, locale: null, passwordHash: `hash-${id}`, createdAt: 1 });

    it('users: finds by username regardless of case and keeps the hash apart', () => {
      const stores = makeStores();
      newUser(stores, 'u1', 'Alice');
      expect(stores.users.findCredentials('ALICE')).toMatchObject({ user: { id: 'u1', username: 'Alice' }, passwordHash: 'hash-u1' });
      expect(stores.users.findById('u1')).not.toHaveProperty('passwordHash');
      expect(stores.users.isUsernameTaken('alice')).toBe(true);
      expect(stores.users.isUsernameTaken('alice', 'u1')).toBe(false);
      expect(stores.users.findCredentials('bob')).toBeUndefined();
    });

    it('users: updates only what is given, and can clear nullable properties', () => {
      const stores = makeStores();
      stores.departments.create({ id: 'd1', name: 'D', parentId: null, managerId: null, createdAt: 1 });
      newUser(stores, 'u1', 'alice', { departmentId: 'd1' });
      const renamed = stores.users.update('u1', { name: 'Alice L.' }, 5);
      expect(renamed).toMatchObject({ name: 'Alice L.', departmentId: 'd1', role: 'member', updatedAt: 5 });
      expect(stores.users.update('u1', { departmentId: null, disabled: true }, 6)).toMatchObject({ departmentId: null, disabled: true, name: 'Alice L.' });
      expect(stores.users.update('missing', { name: 'x' }, 7)).toBeUndefined();
      expect(stores.users.countActiveAdmins()).toBe(0);
    });

    it('sessions: expire by idle time and absolute end; end per user', () => {
      const stores = makeStores();
      newUser(stores, 'u1', 'a');
      newUser(stores, 'u2', 'b');
      stores.sessions.create({ tokenHash: 'h1', userId: 'u1', createdAt: 0, lastSeenAt: 0, expiresAt: 1000 });
      stores.sessions.create({ tokenHash: 'h2', userId: 'u1', createdAt: 0, lastSeenAt: 0, expiresAt: 1000 });
      stores.sessions.create({ tokenHash: 'h3', userId: 'u2', createdAt: 0, lastSeenAt: 0, expiresAt: 100 });
      stores.sessions.touch('h1', 90);
      expect(stores.sessions.deleteExpired(100, 50)).toBe(2); // h2 idle, h3 past its end
      expect(stores.sessions.find('h1')).toMatchObject({ lastSeenAt: 90 });
      stores.sessions.create({ tokenHash: 'h4', userId: 'u1', createdAt: 0, lastSeenAt: 95, expiresAt: 1000 });
      expect(stores.sessions.deleteForUser('u1', 'h4')).toBe(1);
      expect(stores.sessions.find('h4')).toBeDefined();
    });

    it('departments: subtrees and ancestor chains', () => {
      const stores = makeStores();
      const add = (id: string, parentId: string | null) => stores.departments.create({ id, name: id, parentId, managerId: null, createdAt: 1 });
      add('root', null);
      add('a', 'root');
      add('a1', 'a');
      add('b', 'root');
      expect(stores.departments.subtreeIds('a').sort()).toEqual(['a', 'a1']);
      expect(stores.departments.subtreeIds('root').sort()).toEqual(['a', 'a1', 'b', 'root']);
      expect(stores.departments.subtreeIds('none')).toEqual([]);
      expect(stores.departments.ancestorIds('a1')).toEqual(['a1', 'a', 'root']);
      expect(stores.departments.countChildren('root')).toBe(2);
    });

    it('forms: drafts are compare-and-set; versions append and become the published one', () => {
      const stores = makeStores();
      stores.apps.create({ id: 'app', name: 'A', description: '', icon: null, createdBy: null, createdAt: 1 });
      const form = stores.forms.create({ id: 'f', appId: 'app', draft: sampleFormSchema(), createdBy: null, createdAt: 1 });
      expect(form).toMatchObject({ draftRevision: 1, published: null, title: 'Customer' });
      expect(stores.forms.saveDraft('f', sampleFormSchema({ title: 'Two' }), 1, null, 2)).toBe(2);
      expect(stores.forms.saveDraft('f', sampleFormSchema({ title: 'Stale' }), 1, null, 3)).toBeUndefined();
      expect(stores.forms.findById('f')).toMatchObject({ title: 'Two', draftRevision: 2 });
      expect(stores.forms.listPublished()).toEqual([]);
      stores.forms.addVersion({ formId: 'f', version: 1, schema: sampleFormSchema({ title: 'Two' }), draftRevision: 2, publishedAt: 4, publishedBy: null });
      expect(stores.forms.findById('f')?.published).toMatchObject({ version: 1, schema: { title: 'Two' } });
      expect(stores.forms.listPublished().map((f) => f.id)).toEqual(['f']);
      expect(stores.forms.listVersions('f').map((v) => v.version)).toEqual([1]);
      expect(stores.forms.findVersion('f', 2)).toBeUndefined();
    });

    it('loginAttempts: counts per key within a window, finds the nth latest, clears and prunes', () => {
      const stores = makeStores();
      stores.loginAttempts.recordFailure(['a', 'b'], 10);
      stores.loginAttempts.recordFailure(['a'], 20);
      stores.loginAttempts.recordFailure(['a'], 20);
      stores.loginAttempts.recordFailure(['a'], 30);
      expect(stores.loginAttempts.countSince('a', 0)).toBe(4);
      expect(stores.loginAttempts.countSince('a', 20)).toBe(3);
      expect(stores.loginAttempts.countSince('b', 11)).toBe(0);
      expect([1, 2, 3, 4, 5].map((nth) => stores.loginAttempts.nthLatestFailure('a', nth))).toEqual([30, 20, 20, 10, undefined]);
      stores.loginAttempts.clear('b');
      expect(stores.loginAttempts.countSince('b', 0)).toBe(0);
      expect(stores.loginAttempts.deleteBefore(20)).toBe(1);
      expect(stores.loginAttempts.countSince('a', 0)).toBe(3);
    });

    it('publicLinks: one link per form and per rep, kept for good; submissions counted per key and pruned', () => {
      const stores = makeStores();
      stores.apps.create({ id: 'app', name: 'A', description: '', icon: null, createdBy: null, createdAt: 1 });
      stores.forms.create({ id: 'f', appId: 'app', draft: sampleFormSchema(), createdBy: null, createdAt: 1 });
      newUser(stores, 'u1', 'Rep');
      const own = stores.publicLinks.ensure('f', null, 'token-form', 5);
      expect(own).toEqual({ token: 'token-form', formId: 'f', userId: null, createdAt: 5 });
      expect(stores.publicLinks.ensure('f', null, 'token-other', 6)).toEqual(own);
      expect(stores.publicLinks.ensure('f', 'u1', 'token-rep', 7)).toMatchObject({ token: 'token-rep', userId: 'u1' });
      expect(stores.publicLinks.findByToken('token-rep')?.userId).toBe('u1');
      expect(stores.publicLinks.findByToken('token-other')).toBeUndefined();
      stores.publicLinks.recordSubmission('a', 10);
      stores.publicLinks.recordSubmission('a', 20);
      stores.publicLinks.recordSubmission('b', 20);
      expect(stores.publicLinks.countSubmissionsSince('a', 11)).toBe(1);
      expect(stores.publicLinks.earliestSubmissionSince('a', 0)).toBe(10);
      expect(stores.publicLinks.earliestSubmissionSince('c', 0)).toBeUndefined();
      expect(stores.publicLinks.deleteSubmissionsBefore(20)).toBe(1);
      expect(stores.publicLinks.countSubmissionsSince('a', 0)).toBe(1);
    });

    it('transaction: all or nothing', () => {
      const stores = makeStores();
      expect(() =>
        stores.transaction(() => {
          stores.apps.create({ id: 'app1', name: 'A', description: '', icon: null, createdBy: null, createdAt: 1 });
          throw new Error('abort');
        }),
      ).toThrow('abort');
      expect(stores.apps.list()).toEqual([]);
      expect(stores.transaction(() => stores.transaction(() => 42))).toBe(42);
    });
  });
}
