import type { Locale, LocalizedText } from '@formwork/runtime';
import { HttpError, type ErrorDetail, type ErrorDetails } from '../http/HttpError.js';
import { notFound } from '../http/httpErrors.js';
import type { ServerContext } from '../ServerContext.js';
import type { User } from '../storage/UserStore.js';
import { shareFormCache } from './loadRecordForm.js';
import { setRecordDeleted } from './setRecordDeleted.js';
import { updateRecord } from './updateRecord.js';

/** One change applied to many records of a form: set some fields, or delete. */
export type RecordBatchChange = { readonly kind: 'set'; readonly data: unknown } | { readonly kind: 'delete' };

/**
 * Applies a change to every listed record of a form in one transaction, each through the same
 * path as a single PATCH or DELETE (`updateRecord`, `setRecordDeleted`: visibility, the form's
 * edit rule, validation, unique values, the change reason, history). All or nothing: if any
 * record fails, none is changed and the 400 `batch_rejected` lists each failure at `/ids/<n>`
 * with the record's id and its own error (code, status, message, details). A record of another
 * form is a 404 like one the caller may not see.
 */
export async function applyRecordBatch(context: ServerContext, user: User, formId: string, ids: readonly string[], change: RecordBatchChange, locale: Locale, reason?: string): Promise<number> {
  const { stores } = context;
  return stores.transaction(async (tx) => {
    shareFormCache(tx, stores);
    // Each record goes through the single-record paths with `tx` as their stores: their own
    // transactions become savepoints of this one.
    const inTx: ServerContext = { ...context, stores: tx };
    const failures: ErrorDetail[] = [];
    const seen = new Set<string>();
    for (const [index, id] of ids.entries()) {
      if (seen.has(id)) continue;
      seen.add(id);
      try {
        if ((await tx.records.findById(id))?.formId !== formId) throw notFound();
        if (change.kind === 'set') await updateRecord(inTx, user, id, change.data, undefined, locale, reason);
        else await setRecordDeleted(inTx, user, id, true, undefined, reason);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        failures.push({ pointer: `/ids/${index}`, code: error.code, message: withFieldFaults(error), params: { recordId: id, status: error.status, ...(error.details ? { details: localized(error.details, locale) } : {}) } });
      }
    }
    // Thrown inside the transaction: the records that went through are rolled back too.
    if (failures.length > 0) throw batchRejected(failures);
    return seen.size;
  });
}

/** The record's error with its field faults after it ("…: Stage must be one of …"): a list of records has no form to show them beside. */
function withFieldFaults(error: HttpError): LocalizedText {
  const faults = Array.isArray(error.details) ? (error.details as readonly ErrorDetail[]) : [];
  if (faults.length === 0) return error.text;
  const text = (locale: Locale): string => faults.map((fault) => (typeof fault.message === 'string' ? fault.message : fault.message[locale])).join(locale === 'en' ? '; ' : '；');
  return { 'zh-CN': `${error.text['zh-CN']}：${text('zh-CN')}`, en: `${error.text.en}: ${text('en')}` };
}

/** A record's own error details, in the caller's language (the envelope localises only the top level). */
function localized(details: ErrorDetails, locale: Locale): unknown {
  if (!Array.isArray(details)) return details;
  return (details as readonly ErrorDetail[]).map((detail) => ({ ...detail, message: typeof detail.message === 'string' ? detail.message : detail.message[locale] }));
}

function batchRejected(failures: readonly ErrorDetail[]): HttpError {
  return new HttpError(
    400,
    'batch_rejected',
    { 'zh-CN': `${failures.length} 条记录无法修改，所有记录均未改动`, en: `${failures.length} record(s) could not be changed; none was changed` },
    failures,
  );
}
