import { canReadForm } from '../permissions/formAccess.js';
import { resolveRowFilter, type RowFilter } from '../permissions/resolveRowFilter.js';
import type { Viewer } from '../permissions/Viewer.js';
import type { Stores } from '../storage/Stores.js';
import { isInRowScope } from './isInRowScope.js';
import { loadRecordForm } from './loadRecordForm.js';
import type { StoredRecord } from './StoredRecord.js';

/** Finds the records link fields point at, as the caller may see them. */
export type LinkResolver = (recordId: string, formId: string) => Promise<StoredRecord | undefined>;

/**
 * A resolver for one request: a linked record is found only if it is a live record of the
 * expected form that the viewer may see (form readable, record inside their row scope). Lookups
 * copy values only from such records, so a link can never leak a record the user could not open.
 * Inside a write transaction, give it that transaction's `tx` (it reads while the save runs).
 */
export function createLinkResolver(stores: Stores, viewer: Viewer): LinkResolver {
  const scopes = new Map<string, RowFilter | null>();
  const scopeOf = async (formId: string): Promise<RowFilter | null> => {
    if (!scopes.has(formId)) {
      const form = await loadRecordForm(stores, formId);
      const readable = form !== undefined && canReadForm(viewer, form.version.schema);
      scopes.set(formId, readable && form ? await resolveRowFilter(stores, viewer, form.version.schema) : null);
    }
    return scopes.get(formId) ?? null;
  };
  const records = new Map<string, StoredRecord | undefined>();
  return async (recordId, formId) => {
    if (!records.has(recordId)) records.set(recordId, await stores.records.findById(recordId));
    const record = records.get(recordId);
    if (!record || record.formId !== formId || record.deletedAt !== null) return undefined;
    const scope = await scopeOf(formId);
    return scope && isInRowScope(record, scope) ? record : undefined;
  };
}
