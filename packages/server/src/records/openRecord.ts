import { forbidden, notFound } from '../http/httpErrors.js';
import { canReadForm } from '../permissions/formAccess.js';
import { canEditRecord } from '../permissions/canEditRecord.js';
import { fieldAccessOf } from '../permissions/fieldAccessOf.js';
import { resolveRowFilter } from '../permissions/resolveRowFilter.js';
import { viewerOf } from '../permissions/Viewer.js';
import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';
import { isInRowScope } from './isInRowScope.js';
import { loadRecordForm } from './loadRecordForm.js';
import { formArchived } from './recordErrors.js';
import type { OpenedForm } from './openRecordForm.js';
import type { StoredRecord } from './StoredRecord.js';

/** A record opened for a caller, with its form and the caller's scope on it. */
export interface OpenedRecord extends OpenedForm {
  readonly record: StoredRecord;
  /** Whether the caller may change it (see `canEditRecord`). */
  readonly canEdit: boolean;
}

/**
 * Opens one record for a caller. Anything they may not see — a missing record, a form they may
 * not read, a row outside their scope, someone else's deleted record — is the same 404, so ids
 * cannot be probed. `edit` (update, delete, restore) also needs the form to let the caller change
 * it (`canEditRecord`: admins always; others their own rows by default, or every row they see, or
 * none): others who can see it get 403. An archived form's records are a 404 to all but
 * admins, and read-only to them (409 `form_archived`).
 */
export async function openRecord(stores: Stores, user: User, recordId: string, purpose: 'read' | 'edit'): Promise<OpenedRecord> {
  const record = await stores.records.findById(recordId);
  const form = record ? await loadRecordForm(stores, record.formId) : undefined;
  if (!record || !form) throw notFound();
  if (form.archived && user.role !== 'admin') throw notFound();
  if (form.archived && purpose === 'edit') throw formArchived();
  const viewer = await viewerOf(stores, user);
  if (!canReadForm(viewer, form.version.schema)) throw notFound();
  const scope = await resolveRowFilter(stores, viewer, form.version.schema);
  if (!isInRowScope(record, scope)) throw notFound();
  const canEdit = canEditRecord(viewer, form.version.schema, record);
  // A deleted record stays visible to its owner and to those who could restore it.
  if (record.deletedAt !== null && !canEdit && record.ownerId !== user.id) throw notFound();
  if (purpose === 'edit' && !canEdit) throw forbidden();
  return { record, form, viewer, scope, canEdit, fields: fieldAccessOf(viewer, form) };
}
