import { expect, it } from 'vitest';
import { sampleFormSchema } from '../../../testing/sampleFormSchema.js';
import type { OpenStores } from './OpenStores.js';
import { useStores } from './useStores.js';

/** Forms: drafts, versions, archiving. */
export function formsContract(open: OpenStores): void {
  const current = useStores(open);

  it('forms: drafts are compare-and-set; versions append and become the published one', async () => {
    const stores = current();
    await stores.apps.create({ id: 'app', name: 'A', description: '', icon: null, createdBy: null, createdAt: 1 });
    const form = await stores.forms.create({ id: 'f', appId: 'app', draft: sampleFormSchema(), createdBy: null, createdAt: 1 });
    expect(form).toMatchObject({ draftRevision: 1, published: null, title: 'Customer' });
    expect(await stores.forms.saveDraft('f', sampleFormSchema({ title: 'Two' }), 1, null, 2)).toBe(2);
    expect(await stores.forms.saveDraft('f', sampleFormSchema({ title: 'Stale' }), 1, null, 3)).toBeUndefined();
    expect(await stores.forms.findById('f')).toMatchObject({ title: 'Two', draftRevision: 2 });
    expect(await stores.forms.listPublished()).toEqual([]);
    await stores.forms.addVersion({ formId: 'f', version: 1, schema: sampleFormSchema({ title: 'Two' }), draftRevision: 2, publishedAt: 4, publishedBy: null });
    expect((await stores.forms.findById('f'))?.published).toMatchObject({ version: 1, schema: { title: 'Two' } });
    expect((await stores.forms.listPublished()).map((f) => f.id)).toEqual(['f']);
    expect((await stores.forms.listVersions('f')).map((v) => v.version)).toEqual([1]);
    expect(await stores.forms.findVersion('f', 2)).toBeUndefined();
    await expect(stores.forms.addVersion({ formId: 'f', version: 1, schema: sampleFormSchema(), draftRevision: 2, publishedAt: 5, publishedBy: null })).rejects.toThrow();
  });

  it('forms: two saves of the same revision at once: exactly one wins', async () => {
    const stores = current();
    await stores.apps.create({ id: 'app', name: 'A', description: '', icon: null, createdBy: null, createdAt: 1 });
    await stores.forms.create({ id: 'f', appId: 'app', draft: sampleFormSchema(), createdBy: null, createdAt: 1 });
    const results = await Promise.all([1, 2, 3].map((n) => stores.forms.saveDraft('f', sampleFormSchema({ title: `T${String(n)}` }), 1, null, 2)));
    expect(results.filter((revision) => revision !== undefined)).toEqual([2]);
  });

  it('forms: archive and restore are compare-and-set; archived forms leave the published list', async () => {
    const stores = current();
    await stores.apps.create({ id: 'app', name: 'A', description: '', icon: null, createdBy: null, createdAt: 1 });
    await stores.forms.create({ id: 'f', appId: 'app', draft: sampleFormSchema(), createdBy: null, createdAt: 1 });
    await stores.users.create({ id: 'adm', username: 'adm', name: 'adm', role: 'admin', departmentId: null, locale: null, passwordHash: 'h', createdAt: 1 });
    await stores.forms.addVersion({ formId: 'f', version: 1, schema: sampleFormSchema(), draftRevision: 1, publishedAt: 2, publishedBy: null });
    expect(await stores.forms.setArchived('f', { at: 3, by: 'adm' })).toBe(true);
    expect(await stores.forms.setArchived('f', { at: 4, by: 'adm' })).toBe(false);
    expect(await stores.forms.listPublished()).toEqual([]);
    expect(await stores.forms.findById('f')).toMatchObject({ archivedAt: 3, archivedBy: 'adm' });
    expect(await stores.forms.setArchived('f', null)).toBe(true);
    expect((await stores.forms.listPublished()).map((f) => f.id)).toEqual(['f']);
  });
}
