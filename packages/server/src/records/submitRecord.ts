import type { Locale } from '@formwork/runtime';
import { localDateOf, timeZoneAt } from '../query/TimeZone.js';
import type { ServerContext } from '../ServerContext.js';
import { assignSerials } from './assignSerials.js';
import { checkRecordWrite } from './checkRecordWrite.js';
import { createLinkResolver } from './createLinkResolver.js';
import { findUniqueConflict } from './findUniqueConflict.js';
import { shareFormCache } from './loadRecordForm.js';
import { hashRequest } from './hashRequest.js';
import type { OpenedForm } from './openRecordForm.js';
import { prepareRecordData, type SaveContext } from './prepareRecordData.js';
import { randomRowId } from './randomRowId.js';
import { duplicateValue, idempotencyKeyReused, invalidRecord } from './recordErrors.js';
import { toRecordView, type RecordView } from './recordView.js';
import { fileIdsOf as fileIdsOfRecord } from './resolveFileRefs.js';
import { startRecordFlow } from '../workflows/startRecordFlow.js';

/** What a submit answered: the new record, or the first answer again for a repeated key. */
export interface SubmitOutcome {
  readonly view: RecordView;
  /** True when an earlier submit with the same Idempotency-Key made the record. */
  readonly replayed: boolean;
}

/**
 * Creates a record in one transaction: validation and completion (prepareRecordData), serial
 * numbers, unique fields, the insert with its value row, the `create` history entry, the file
 * links, and the idempotency key with the answer to replay.
 *
 * With an Idempotency-Key, the same key from the same user on the same form never makes a second
 * record: the same data gets the first answer again, other data a 422.
 */
export async function submitRecord(context: ServerContext, opened: OpenedForm, input: unknown, locale: Locale, idempotencyKey: string | undefined): Promise<SubmitOutcome> {
  const { stores } = context;
  const { form, viewer } = opened;
  const user = viewer.user;
  const requestHash = idempotencyKey === undefined ? '' : hashRequest(input);
  return stores.transaction(async (tx) => {
    shareFormCache(tx, stores);
    if (idempotencyKey !== undefined) {
      const earlier = await tx.idempotency.find(form.formId, user.id, idempotencyKey);
      if (earlier) {
        if (earlier.requestHash !== requestHash) throw idempotencyKeyReused();
        return { view: earlier.response as RecordView, replayed: true };
      }
    }
    const now = context.now();
    const save: SaveContext = { stores: tx, form, viewer, fields: opened.fields, locale, now, timeZone: context.settings.records.timeZone, findLinked: createLinkResolver(tx, viewer),
      newRowId: () => randomRowId(context.randomBytes),
    };
    const prepared = await prepareRecordData(save, input, null);
    if (!prepared.ok) throw invalidRecord(prepared.errors);
    const localDate = localDateOf(now, timeZoneAt(context.settings.records.timeZone, now));
    const numbered = await assignSerials(form.compiled, prepared.data, (fieldId, period, start) => tx.serials.next(form.formId, fieldId, period, start), localDate);
    const conflict = await findUniqueConflict(tx.records, form, numbered, null);
    if (conflict) throw duplicateValue(conflict.fieldId, conflict.label);
    const id = context.newId('rec');
    const data = await checkRecordWrite(context.recordWriteHooks, tx, form, { id, before: null, data: numbered, reason: null, now });
    const record = await tx.records.insert(
      {
        id,
        formId: form.formId,
        formVersion: form.version.version,
        data,
        creatorId: user.id,
        ownerId: user.id,
        ownerDepartmentId: user.departmentId,
        createdAt: now,
      },
      form.columns,
    );
    // A new record links no file yet: only a record with files has links to write.
    const fileIds = [...fileIdsOfRecord(record.data)];
    if (fileIds.length > 0) await tx.files.setRecordFiles(record.id, fileIds, now);
    // A form with a published workflow starts its flow on the record in this same transaction (#12).
    const flow = await startRecordFlow(tx, context, record, user.id, now);
    const view = flow === undefined ? toRecordView(record) : { ...toRecordView(record), flow };
    if (idempotencyKey !== undefined) {
      await tx.idempotency.save(form.formId, user.id, idempotencyKey, { requestHash, recordId: record.id, response: view }, now);
    }
    return { view, replayed: false };
  });
}
