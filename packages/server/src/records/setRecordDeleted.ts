import type { ServerContext } from '../ServerContext.js';
import type { User } from '../storage/UserStore.js';
import { findUniqueConflict } from './findUniqueConflict.js';
import { shareFormCache } from './loadRecordForm.js';
import { openRecord } from './openRecord.js';
import { readChangeReason } from './readChangeReason.js';
import { duplicateValue, recordDeleted, recordNotDeleted, staleRecord } from './recordErrors.js';
import type { StoredRecord } from './StoredRecord.js';

/**
 * Soft-deletes (`deleted: true`) or restores a record: it leaves (or comes back to) every list,
 * count, aggregate and export; its data, history and files are kept. Restoring a record whose
 * unique value another live record took meanwhile is a 409. `reason` is kept in the history (see
 * `readChangeReason`).
 */
export async function setRecordDeleted(context: ServerContext, user: User, recordId: string, deleted: boolean, expectedVersion: number | undefined, reason?: string): Promise<StoredRecord> {
  const { stores } = context;
  return stores.transaction(async (tx) => {
    shareFormCache(tx, stores);
    const { record, form } = await openRecord(tx, user, recordId, 'edit');
    if (deleted && record.deletedAt !== null) throw recordDeleted();
    if (!deleted && record.deletedAt === null) throw recordNotDeleted();
    if (expectedVersion !== undefined && expectedVersion !== record.version) throw staleRecord(record.version);
    const why = readChangeReason(form, reason);
    if (!deleted) {
      const conflict = await findUniqueConflict(tx.records, form, record.data, record.id);
      if (conflict) throw duplicateValue(conflict.fieldId, conflict.label, `/data/${conflict.fieldId}`);
    }
    const now = context.now();
    const changed = await tx.records.setDeleted(record.id, record.version, { deleted, at: now, by: user.id }, form.columns);
    if (!changed) throw staleRecord(record.version);
    await tx.history.append({ recordId: record.id, version: changed.version, action: deleted ? 'delete' : 'restore', actorId: user.id, at: now, changes: [], reason: why });
    return changed;
  });
}
