import { notFound, forbidden } from '../http/httpErrors.js';
import { fieldAccessOf, type FieldAccess } from '../permissions/fieldAccessOf.js';
import { canReadForm, canSubmitForm } from '../permissions/formAccess.js';
import { resolveRowFilter, type RowFilter } from '../permissions/resolveRowFilter.js';
import { viewerOf, type Viewer } from '../permissions/Viewer.js';
import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';
import { loadRecordForm } from './loadRecordForm.js';
import { formArchived, formNotPublished } from './recordErrors.js';
import type { RecordForm } from './RecordForm.js';

/** A form opened for a caller: the form, who they are, and which rows they see. */
export interface OpenedForm {
  readonly form: RecordForm;
  readonly viewer: Viewer;
  readonly scope: RowFilter;
  /** Which fields the caller may not see or change (`settings.access.fields`): what leaves and enters goes by it. */
  readonly fields: FieldAccess;
}

/**
 * Opens a form's records for a caller. `read`: the caller must be able to read the form (may
 * submit, or sees more than their own rows). `submit`: must be allowed to submit. A form the
 * caller may not read is a 404 like a missing one (no leaks); one they read but may not submit to
 * is a 403. Admins get 409 `form_not_published` for a form with no published version. An archived
 * form is a 404 to everyone but admins, who may read its records but not submit (409 `form_archived`).
 */
export async function openRecordForm(stores: Stores, user: User, formId: string, purpose: 'read' | 'submit'): Promise<OpenedForm> {
  const form = await loadRecordForm(stores, formId);
  if (!form) {
    if (user.role === 'admin' && (await stores.forms.findById(formId))) throw formNotPublished();
    throw notFound();
  }
  if (form.archived && user.role !== 'admin') throw notFound();
  if (form.archived && purpose === 'submit') throw formArchived();
  const viewer = await viewerOf(stores, user);
  const schema = form.version.schema;
  if (!canReadForm(viewer, schema)) throw notFound();
  if (purpose === 'submit' && !canSubmitForm(viewer, schema)) throw forbidden();
  return { form, viewer, scope: await resolveRowFilter(stores, viewer, schema), fields: fieldAccessOf(viewer, form) };
}
