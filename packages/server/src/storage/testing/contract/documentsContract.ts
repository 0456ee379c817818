import type { JsonObject } from '@formwork/runtime';
import { expect, it } from 'vitest';
import type { NewDocument, VersionedDocumentKind } from '../../DocumentStore.js';
import type { Stores } from '../../Stores.js';
import type { OpenStores } from './OpenStores.js';
import { seedForm } from './seedContractData.js';
import { useStores } from './useStores.js';

/** A document the store keeps as given (it never looks inside). */
const draft = (title: string): JsonObject => ({ kind: 'dashboard', schemaVersion: 1, title, widgets: [{ id: 'w1', nested: { deep: [1, null, true] } }] });

const newDocument = (id: string, kind: VersionedDocumentKind, formId: string | null = null, createdAt = 1): NewDocument => ({
  id,
  kind,
  appId: 'app',
  formId,
  draft: draft(id),
  createdBy: 'u1',
  createdAt,
});

/** Saves the draft until it wins a revision (someone else may save in between), then tries to publish that revision. */
async function saveThenPublish(stores: Stores, id: string, title: string, by: string): Promise<number | undefined> {
  for (;;) {
    const current = await stores.documents.findById(id);
    if (!current) throw new Error('no document');
    const revision = await stores.documents.saveDraft(id, draft(title), current.draftRevision, by, 5);
    if (revision === undefined) continue;
    const published = await stores.documents.publish(id, { draftRevision: revision, schema: draft(title), publishedAt: 6, publishedBy: by });
    return published?.version;
  }
}

/** Versioned documents (workflows, dashboards, scoring schemes): drafts, versions, one workflow per form, races. */
export function documentsContract(open: OpenStores): void {
  const current = useStores(open);

  it('documents: created at revision 1 with nothing published, found by id, app and kind, and form', async () => {
    const stores = current();
    await seedForm(stores);
    const created = await stores.documents.create(newDocument('wf', 'workflow', 'f', 3));
    expect(created).toEqual({
      id: 'wf',
      kind: 'workflow',
      appId: 'app',
      formId: 'f',
      draft: draft('wf'),
      draftRevision: 1,
      published: null,
      createdBy: 'u1',
      createdAt: 3,
      updatedBy: 'u1',
      updatedAt: 3,
      archivedAt: null,
      archivedBy: null,
    });
    await stores.documents.create(newDocument('d2', 'dashboard', null, 5));
    await stores.documents.create(newDocument('d1', 'dashboard', null, 4));
    await stores.documents.create(newDocument('s1', 'scoring'));
    expect(await stores.documents.findById('wf')).toEqual(created);
    expect(await stores.documents.findById('nope')).toBeUndefined();
    expect((await stores.documents.listByApp('app', 'dashboard')).map((document) => document.id)).toEqual(['d1', 'd2']);
    expect((await stores.documents.listByApp('app', 'scoring')).map((document) => document.id)).toEqual(['s1']);
    expect(await stores.documents.listByApp('other', 'dashboard')).toEqual([]);
    expect((await stores.documents.findByForm('f', 'workflow'))?.id).toBe('wf');
    expect(await stores.documents.findByForm('f', 'dashboard')).toBeUndefined();
  });

  it('documents: drafts are compare-and-set and stamped; versions are numbered per document and become the published one', async () => {
    const stores = current();
    await seedForm(stores);
    await stores.documents.create(newDocument('d', 'dashboard'));
    await stores.documents.create(newDocument('other', 'dashboard'));
    expect(await stores.documents.saveDraft('d', draft('Two'), 1, 'u2', 7)).toBe(2);
    expect(await stores.documents.saveDraft('d', draft('Stale'), 1, 'u1', 8)).toBeUndefined();
    expect(await stores.documents.saveDraft('nope', draft('x'), 1, 'u1', 8)).toBeUndefined();
    expect(await stores.documents.findById('d')).toMatchObject({ draft: draft('Two'), draftRevision: 2, updatedBy: 'u2', updatedAt: 7, createdAt: 1, published: null });

    // A publish of a revision the draft has left is refused: what was checked is what is published.
    expect(await stores.documents.publish('d', { draftRevision: 1, schema: draft('wf'), publishedAt: 9, publishedBy: 'u1' })).toBeUndefined();
    const first = await stores.documents.publish('d', { draftRevision: 2, schema: draft('Checked'), publishedAt: 9, publishedBy: 'u2' });
    expect(first).toEqual({ documentId: 'd', version: 1, schema: draft('Checked'), draftRevision: 2, publishedAt: 9, publishedBy: 'u2' });
    expect((await stores.documents.findById('d'))?.published).toEqual(first);
    // The same revision again publishes nothing.
    expect(await stores.documents.publish('d', { draftRevision: 2, schema: draft('Checked'), publishedAt: 10, publishedBy: 'u2' })).toBeUndefined();
    expect(await stores.documents.saveDraft('d', draft('Three'), 2, 'u1', 11)).toBe(3);
    expect((await stores.documents.findById('d'))?.published?.version).toBe(1); // a saved draft leaves the published version be
    expect(await stores.documents.publish('d', { draftRevision: 3, schema: draft('Three'), publishedAt: 12, publishedBy: 'u1' })).toMatchObject({ version: 2 });
    // Numbers are per document.
    await stores.documents.publish('other', { draftRevision: 1, schema: draft('other'), publishedAt: 13, publishedBy: null });
    expect((await stores.documents.findById('other'))?.published).toMatchObject({ version: 1, publishedBy: null });

    expect((await stores.documents.listVersions('d')).map((version) => [version.version, version.draftRevision, version.schema])).toEqual([
      [1, 2, draft('Checked')],
      [2, 3, draft('Three')],
    ]);
    expect(await stores.documents.findVersion('d', 1)).toEqual(first);
    expect(await stores.documents.findVersion('d', 3)).toBeUndefined();
    expect((await stores.documents.findById('d'))?.published).toMatchObject({ version: 2, schema: draft('Three'), publishedAt: 12, publishedBy: 'u1' });
  });

  it('documents: a workflow needs a form, and a form has one workflow however many create it at once', async () => {
    const stores = current();
    await seedForm(stores);
    await expect(stores.documents.create(newDocument('loose', 'workflow', null))).rejects.toThrow();
    await expect(stores.documents.create({ ...newDocument('ghost', 'dashboard'), appId: 'no-such-app' })).rejects.toThrow();
    await expect(stores.documents.create(newDocument('ghost', 'workflow', 'no-such-form'))).rejects.toThrow();
    const results = await Promise.allSettled(['w1', 'w2', 'w3', 'w4'].map((id) => stores.documents.create(newDocument(id, 'workflow', 'f'))));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const winner = results.find((result) => result.status === 'fulfilled')?.value.id;
    expect((await stores.documents.findByForm('f', 'workflow'))?.id).toBe(winner);
    expect(await stores.documents.listByApp('app', 'workflow')).toHaveLength(1);
    // Documents of the whole app are not limited by the rule.
    await stores.documents.create(newDocument('d1', 'dashboard'));
    await stores.documents.create(newDocument('d2', 'dashboard'));
    expect(await stores.documents.listByApp('app', 'dashboard')).toHaveLength(2);
  });

  it('documents: two saves of the same revision at once: exactly one wins', async () => {
    const stores = current();
    await seedForm(stores);
    await stores.documents.create(newDocument('d', 'scoring'));
    const results = await Promise.all([1, 2, 3, 4].map((n) => stores.documents.saveDraft('d', draft(`T${String(n)}`), 1, 'u1', 2)));
    expect(results.filter((revision) => revision !== undefined)).toEqual([2]);
    expect((await stores.documents.findById('d'))?.draftRevision).toBe(2);
  });

  it('documents: racing publishers of one revision make one version; racing save-and-publish makes consecutive versions', async () => {
    const stores = current();
    await seedForm(stores);
    await stores.documents.create(newDocument('d', 'dashboard'));
    const same = await Promise.all(
      Array.from({ length: 6 }, () => stores.documents.publish('d', { draftRevision: 1, schema: draft('one'), publishedAt: 2, publishedBy: 'u1' })),
    );
    expect(same.filter((version) => version !== undefined).map((version) => version?.version)).toEqual([1]);

    const published = await Promise.all(Array.from({ length: 8 }, (_, n) => saveThenPublish(stores, 'd', `p${String(n)}`, n % 2 === 0 ? 'u1' : 'u2')));
    const made = published.filter((version): version is number => version !== undefined).sort((a, b) => a - b);
    expect(made.length).toBeGreaterThan(0);
    const versions = await stores.documents.listVersions('d');
    // 1, 2, 3… with no gap and no repeat, each from its own draft revision, in revision order.
    expect(versions.map((version) => version.version)).toEqual(Array.from({ length: versions.length }, (_, index) => index + 1));
    expect(made).toEqual(versions.slice(1).map((version) => version.version));
    const revisions = versions.map((version) => version.draftRevision);
    expect(revisions).toEqual([...new Set(revisions)].sort((a, b) => a - b));
    expect((await stores.documents.findById('d'))?.published?.version).toBe(versions.length);
  });

  it('documents: a transaction that fails leaves no document, draft or version behind', async () => {
    const stores = current();
    await seedForm(stores);
    await stores.documents.create(newDocument('kept', 'dashboard'));
    await expect(
      stores.transaction(async (tx) => {
        await tx.documents.create(newDocument('gone', 'dashboard'));
        expect(await tx.documents.saveDraft('kept', draft('lost'), 1, 'u1', 2)).toBe(2);
        expect(await tx.documents.publish('kept', { draftRevision: 2, schema: draft('lost'), publishedAt: 3, publishedBy: 'u1' })).toMatchObject({ version: 1 });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await stores.documents.findById('gone')).toBeUndefined();
    expect(await stores.documents.findById('kept')).toMatchObject({ draft: draft('kept'), draftRevision: 1, published: null });
    expect(await stores.documents.listVersions('kept')).toEqual([]);
    // The number the rolled-back publish took is handed out again: no gap.
    expect(await stores.documents.publish('kept', { draftRevision: 1, schema: draft('kept'), publishedAt: 4, publishedBy: 'u1' })).toMatchObject({ version: 1 });
    // A nested transaction that fails rolls back only its own publish.
    await stores.transaction(async (tx) => {
      expect(await tx.documents.saveDraft('kept', draft('two'), 1, 'u1', 5)).toBe(2);
      await expect(
        tx.transaction(async (inner) => {
          await inner.documents.publish('kept', { draftRevision: 2, schema: draft('two'), publishedAt: 6, publishedBy: 'u1' });
          throw new Error('inner');
        }),
      ).rejects.toThrow('inner');
    });
    expect(await stores.documents.findById('kept')).toMatchObject({ draftRevision: 2, published: { version: 1 } });
  });

  it('documents: archive and restore are compare-and-set and keep the versions', async () => {
    const stores = current();
    await seedForm(stores);
    await stores.documents.create(newDocument('d', 'dashboard'));
    await stores.documents.publish('d', { draftRevision: 1, schema: draft('d'), publishedAt: 2, publishedBy: 'u1' });
    expect(await stores.documents.setArchived('d', { at: 3, by: 'u2' })).toBe(true);
    expect(await stores.documents.setArchived('d', { at: 4, by: 'u1' })).toBe(false);
    expect(await stores.documents.findById('d')).toMatchObject({ archivedAt: 3, archivedBy: 'u2', published: { version: 1 } });
    expect(await stores.documents.setArchived('d', null)).toBe(true);
    expect(await stores.documents.setArchived('d', null)).toBe(false);
    expect(await stores.documents.findById('d')).toMatchObject({ archivedAt: null, archivedBy: null });
  });
}
