import type { Locale } from '@formwork/runtime';
import { fieldAccessOf } from '../permissions/fieldAccessOf.js';
import { viewerOf } from '../permissions/Viewer.js';
import { createLinkResolver } from '../records/createLinkResolver.js';
import { diffRecordData } from '../records/diffRecordData.js';
import { loadRecordForm } from '../records/loadRecordForm.js';
import { mergeRecordPatch, prepareRecordData } from '../records/prepareRecordData.js';
import { invalidRecord, staleRecord } from '../records/recordErrors.js';
import type { StoredRecord } from '../records/StoredRecord.js';
import { submitRecord } from '../records/submitRecord.js';
import type { ServerContext } from '../ServerContext.js';
import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';

/**
 * Writes a claim as `user` — a new record (owned by them) or a change to `existing` — through the
 * record gate (validation, history with who, when and why), inside the caller's transaction `tx`.
 *
 * The form's own access is NOT asked: the claims form lets nobody but admins write through the
 * records API, and the claim routes have already decided that this user may make this change (a
 * rep their own claim, a manager within the departments they manage). Every field is writable
 * here for the same reason; the routes set only the fields their action is about.
 */
export async function writeClaimRecord(context: ServerContext, tx: Stores, user: User, formId: string, existing: StoredRecord | null, data: Record<string, unknown>, locale: Locale, reason: string | null): Promise<string> {
  const form = await loadRecordForm(tx, formId);
  if (!form) throw new Error(`the claims form ${formId} has no published version`);
  const viewer = await viewerOf(tx, user);
  // The routes decided; the role that sees and changes every field is the admin's.
  const fields = fieldAccessOf({ user: { role: 'admin' } }, form);
  const inTx: ServerContext = { ...context, stores: tx };
  if (existing === null) {
    return (await submitRecord(inTx, { form, viewer, scope: { kind: 'all' }, fields }, data, locale, undefined)).view.id;
  }
  const now = context.now();
  const prepared = await prepareRecordData({ stores: tx, form, viewer, fields, locale, now, timeZone: context.settings.records.timeZone, findLinked: createLinkResolver(tx, viewer) }, mergeRecordPatch(form, existing.data, data), existing);
  if (!prepared.ok) throw invalidRecord(prepared.errors);
  const changes = diffRecordData(existing.data, prepared.data);
  if (changes.length === 0) return existing.id;
  const updated = await tx.records.update(existing.id, existing.version, { data: prepared.data, formVersion: form.version.version, updatedBy: user.id, updatedAt: now }, form.columns);
  if (!updated) throw staleRecord(existing.version);
  await tx.history.append({ recordId: existing.id, version: updated.version, action: 'update', actorId: user.id, at: now, changes, reason });
  return existing.id;
}
