import type { Locale } from '@formwork/runtime';
import type { ServerContext } from '../ServerContext.js';
import type { User } from '../storage/UserStore.js';
import { proposeRecordChange, refuseWhileChangePending, type ProposedRecordChange } from '../workflows/proposeRecordChange.js';
import { checkRecordWrite } from './checkRecordWrite.js';
import { createLinkResolver } from './createLinkResolver.js';
import { diffRecordData } from './diffRecordData.js';
import { findUniqueConflict } from './findUniqueConflict.js';
import { shareFormCache } from './loadRecordForm.js';
import { openRecord } from './openRecord.js';
import { mergeRecordPatch, prepareRecordData } from './prepareRecordData.js';
import { duplicateValue, invalidRecord, recordDeleted, staleRecord } from './recordErrors.js';
import { randomRowId } from './randomRowId.js';
import { readChangeReason } from './readChangeReason.js';
import { fileIdsOf } from './resolveFileRefs.js';
import type { StoredRecord } from './StoredRecord.js';

/** What a change did: the record as it now is, and the proposed change when a change flow holds the edit (the record is then unchanged). */
export interface RecordUpdate {
  readonly record: StoredRecord;
  readonly proposedChange?: ProposedRecordChange;
}

/**
 * Changes a record: the client's values over the stored ones, through the same gate as a submit,
 * against the form's current published version. Optimistic concurrency: with `expectedVersion`
 * (from If-Match) a record changed since is a 409 `stale_record`. A change that changes nothing
 * writes nothing (no new version, no history entry) and needs no reason; one that does keeps its
 * `reason` in the history (400 `reason_required` when the form wants one and none is given).
 *
 * A completed record whose workflow wants approval for the fields changed is not written: a
 * change flow holds the edit (`proposedChange`), and while one waits every edit is a 409.
 */
export async function updateRecord(context: ServerContext, user: User, recordId: string, patch: unknown, expectedVersion: number | undefined, locale: Locale, reason?: string): Promise<RecordUpdate> {
  const { stores } = context;
  return stores.transaction(async (tx) => {
    shareFormCache(tx, stores);
    const { record, form, viewer, fields } = await openRecord(tx, user, recordId, 'edit');
    if (record.deletedAt !== null) throw recordDeleted();
    if (expectedVersion !== undefined && expectedVersion !== record.version) throw staleRecord(record.version);
    await refuseWhileChangePending(tx, record.id);
    const now = context.now();
    const prepared = await prepareRecordData(
      { stores: tx, form, viewer, locale, now, timeZone: context.settings.records.timeZone, findLinked: createLinkResolver(tx, viewer), newRowId: () => randomRowId(context.randomBytes) },
      mergeRecordPatch(form, record.data, patch),
      record,
    );
    if (!prepared.ok) throw invalidRecord(prepared.errors);
    const diff = diffRecordData(record.data, prepared.data);
    if (diff.length === 0 && record.formVersion === form.version.version) return { record };
    const why = readChangeReason(form, reason);
    const conflict = await findUniqueConflict(tx.records, form, prepared.data, record.id);
    if (conflict) throw duplicateValue(conflict.fieldId, conflict.label);
    // A feature's own rules over its form (a target's change limit), before a change flow holds the edit.
    const data = await checkRecordWrite(context.recordWriteHooks, tx, form, { id: record.id, before: record, data: prepared.data, reason: why, now });
    const changes = data === prepared.data ? diff : diffRecordData(record.data, data);
    const patched = new Set(typeof patch === 'object' && patch !== null ? Object.keys(patch) : []);
    const proposedChange = await proposeRecordChange(tx, context, user, { record, form, data, changes, patched, hidden: fields.hidden, reason: why }, now);
    if (proposedChange) return { record, proposedChange };
    const updated = await tx.records.update(record.id, record.version, { data, formVersion: form.version.version, updatedBy: user.id, updatedAt: now }, form.columns);
    if (!updated) throw staleRecord(record.version);
    await tx.history.append({ recordId: record.id, version: updated.version, action: 'update', actorId: user.id, at: now, changes, reason: why });
    await tx.files.setRecordFiles(record.id, [...fileIdsOf(updated.data)], now);
    return { record: updated };
  });
}
