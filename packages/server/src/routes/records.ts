import { ApiRouter } from '../http/ApiRouter.js';
import { readIfMatchRevision } from '../http/ifMatch.js';
import { v } from '../http/validation/v.js';
import { encodeRecordCursor } from '../query/RecordCursor.js';
import { timeZoneAt } from '../query/TimeZone.js';
import { canEditRecord, editScopeOf } from '../permissions/canEditRecord.js';
import { fieldReadOnly } from '../permissions/fieldAccessErrors.js';
import { fieldAccessOf } from '../permissions/fieldAccessOf.js';
import { hideFieldsOfHistory, hideFieldsOfRecord } from '../permissions/hideFields.js';
import { loadRecordForm } from '../records/loadRecordForm.js';
import type { StoredRecord } from '../records/StoredRecord.js';
import type { User } from '../storage/UserStore.js';
import { describeRecordPeople, recordPeopleNamesSchema } from '../records/describeRecordPeople.js';
import { openRecordForm } from '../records/openRecordForm.js';
import { readRecordListQuery } from '../records/readRecordListQuery.js';
import { maxChangeReasonLength } from '../records/readChangeReason.js';
import { formArchived, invalidBatch, invalidIdempotencyKey } from '../records/recordErrors.js';
import { historyViewSchema, recordViewSchema, toHistoryView, toRecordView } from '../records/recordView.js';
import { applyRecordBatch } from '../records/applyRecordBatch.js';
import { setRecordDeleted } from '../records/setRecordDeleted.js';
import { submitRecord } from '../records/submitRecord.js';
import { updateRecord } from '../records/updateRecord.js';
import type { ServerContext } from '../ServerContext.js';
import { changeLinesSchema, changeViewSchema, toChangeView } from '../workflows/changeView.js';
import { flowViewSchema, toFlowView } from '../workflows/flowView.js';
import { openRecordAsParticipant } from '../workflows/openRecordAsParticipant.js';

const reason = v.optional(
  v.string({ maxLength: maxChangeReasonLength, trim: true, singleLine: false, description: "Why (kept in the record's history); required when the form's settings.changeReason is 'required'" }),
);
const dataBody = v.object({ data: v.json('Record data keyed by field id (see the form schema); checked by the engine') });
const changeBody = v.object({ data: v.json('The fields to change, keyed by field id (null clears one); checked by the engine'), reason });
const reasonBody = v.omittable(v.object({ reason }));
const batchBody = v.object({
  ids: v.array(v.string({ minLength: 1, maxLength: 64, description: 'A record id' }), { minItems: 1, maxItems: 500 }),
  set: v.optional(v.json('Fields to set on every record, keyed by field id (null clears one); each record is checked as by PATCH')),
  delete: v.optional(v.boolean()),
  reason,
});
const idempotencyKeyPattern = /^[\x21-\x7e]{1,200}$/;

const listQuery = v.object({
  filter: v.optional(v.string({ maxLength: 20_000, description: 'A JSON filter tree: {"and":[{"field":"f_amount","op":"gt","value":100},…]}' })),
  sort: v.optional(v.string({ maxLength: 100, description: 'fieldId:asc or fieldId:desc (system fields: _createdAt, _updatedAt, _createdBy, _owner)' })),
  limit: v.optional(v.string({ maxLength: 4, pattern: { regex: /^\d+$/, message: { 'zh-CN': '必须是整数', en: 'must be a whole number' } }, description: '1–500, default 50' })),
  cursor: v.optional(v.string({ maxLength: 2000, description: 'nextCursor of the previous page' })),
  deleted: v.optional(v.oneOf(['true', 'false'])),
});

/** A record's flow in record answers: null when it never ran through one. */
const recordFlowSchema = { ...flowViewSchema, type: ['object', 'null'], description: 'Where the record stands in its approval flow (its current one, else the last it ran through); null when it never had one' };
const recordWithFlowSchema = { ...recordViewSchema, properties: { ...(recordViewSchema['properties'] as object), flow: recordFlowSchema } };

const pageSchema = {
  type: 'object',
  properties: { items: { type: 'array', items: recordWithFlowSchema }, nextCursor: { type: ['string', 'null'] }, total: { type: 'integer' }, names: recordPeopleNamesSchema },
};

/**
 * Records of a form: submit (idempotent with `Idempotency-Key`), list (filter, sort, cursor
 * pages, inside the caller's row scope), read, change (`If-Match`), soft delete and restore,
 * history. A record the caller may not see is a 404, whatever the reason.
 */
export function recordRoutes(context: ServerContext): ApiRouter {
  const { stores } = context;
  const api = new ApiRouter();
  const zone = () => timeZoneAt(context.settings.records.timeZone, context.now());

  api.route(
    {
      method: 'post',
      path: '/api/forms/:id/records',
      summary: 'Submit a record',
      description:
        'The server validates with the form engine: formulas are recomputed, hidden fields dropped, lookups filled, serial numbers assigned. With an Idempotency-Key the same key never makes two records: a retry gets the first answer again; the key with other data is a 422.',
      tags: ['records'],
      access: 'signedIn',
      body: dataBody,
      headers: { 'Idempotency-Key': 'Optional, 1–200 visible characters, unique per form and user' },
      responses: {
        201: { description: 'Created (ETag: the version). A replay carries Idempotent-Replayed: true. flow: where it stands in the form\'s published workflow, started with it', schema: { ...recordViewSchema, properties: { ...(recordViewSchema['properties'] as object), flow: flowViewSchema } } },
        400: { description: 'invalid_record: details list each field error (fieldId, pointer, message)' },
        403: { description: 'You may read this form but not submit to it' },
        404: { description: 'No such form, or not yours to see' },
        409: { description: 'duplicate_value (a unique field), form_not_published' },
        422: { description: "idempotency_key_reused: the key came before with other data; or a feature's rule over its form refused the values (a RecordWriteHook: e.g. target_changes_exhausted, reason_required on the targets form), each fault at /data/<field>" },
      },
    },
    async ({ req, res, body, user, locale, param }) => {
      const key = req.get('idempotency-key');
      if (key !== undefined && !idempotencyKeyPattern.test(key)) throw invalidIdempotencyKey();
      const opened = await openRecordForm(stores, user, param('id'), 'submit');
      const outcome = await submitRecord(context, opened, body.data, locale, key);
      res.status(201).set('ETag', `"${outcome.view.version}"`).set('Location', `/api/records/${outcome.view.id}`);
      if (outcome.replayed) res.set('Idempotent-Replayed', 'true');
      return { ...hideFieldsOfRecord(outcome.view, opened.fields), canEdit: canEditRecord(opened.viewer, opened.form.version.schema, { ownerId: user.id }) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/forms/:id/records',
      summary: "List a form's records",
      description:
        "Only records inside your row scope (own / department / all). deleted=true lists the trash (admins, and roles whose settings.access.edit is 'visible': every deleted row they see; others: their own).",
      tags: ['records'],
      access: 'signedIn',
      query: listQuery,
      responses: {
        200: { description: 'A page; pass nextCursor as cursor for the next one', schema: pageSchema },
        400: { description: 'invalid_query: unknown field, bad operator or operand, bad cursor' },
        404: { description: 'No such form, or not yours to see' },
      },
    },
    async ({ query, user, param }) => {
      const opened = await openRecordForm(stores, user, param('id'), 'read');
      const list = readRecordListQuery(opened.fields, query, zone());
      // The trash: what one could restore — every visible row for admins and roles that may change
      // them all, one's own rows for everyone else.
      const editScope = editScopeOf(opened.viewer, opened.form.version.schema);
      const restoresAll = editScope === 'all' || editScope === 'visible';
      const scope = list.state === 'deleted' && !restoresAll ? ({ kind: 'own', userId: user.id } as const) : opened.scope;
      const selection = { formId: opened.form.formId, columns: opened.form.columns, scope, filter: list.filter, state: list.state };
      const page = await stores.records.page({ ...selection, sort: list.sort, cursor: list.cursor, limit: list.limit });
      // Names only for what the page shows: a hidden member field's people stay unnamed too.
      const records = page.records.map((record) => hideFieldsOfRecord(record, opened.fields));
      const flows = await stores.flowInstances.summariesOf(records.map((record) => record.id));
      return {
        items: records.map((record) => {
          const flow = flows.get(record.id);
          return { ...toRecordView(record), flow: flow ? toFlowView(flow.flowState) : null };
        }),
        nextCursor: page.next ? encodeRecordCursor(page.next) : null,
        total: await stores.records.count(selection),
        names: await describeRecordPeople(stores, opened.form.compiled, records),
      };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/forms/:id/records/batch',
      summary: 'Change or delete many records at once',
      description:
        'Either set ({fieldId: value}, checked per record as by PATCH) or delete: true (soft, as by DELETE). One transaction, all or nothing: each record goes through the same permission, validation, unique-value and change-reason checks as a single change; if any fails, none changes and the 400 batch_rejected lists every failure at /ids/<n> (params: recordId, status, details).',
      tags: ['records'],
      access: 'signedIn',
      body: batchBody,
      responses: {
        200: { description: 'Every record changed', schema: { type: 'object', properties: { changed: { type: 'integer' } } } },
        400: { description: 'batch_rejected (per-record failures, nothing changed), invalid_batch (neither or both of set and delete), invalid body' },
        404: { description: 'No such form, or not yours to see' },
        409: { description: 'form_archived' },
      },
    },
    async ({ body, user, locale, param }) => {
      const formId = param('id');
      const opened = await openRecordForm(stores, user, formId, 'read');
      if (opened.form.archived) throw formArchived();
      if ((body.set === undefined) === (body.delete !== true)) throw invalidBatch();
      // Setting a field one may not change is refused as a whole, before any record is read.
      for (const fieldId of isObject(body.set) ? Object.keys(body.set) : []) {
        if (opened.fields.locked.has(fieldId)) throw fieldReadOnly(fieldId, opened.form.compiled.fieldsById.get(fieldId)?.label ?? fieldId, `/set/${fieldId}`);
      }
      const change = body.delete === true ? ({ kind: 'delete' } as const) : ({ kind: 'set', data: body.set } as const);
      return { changed: await applyRecordBatch(context, user, formId, body.ids, change, locale, body.reason) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/records/:id',
      summary: 'A record',
      tags: ['records'],
      access: 'signedIn',
      description:
        "Inside your row scope, as your role sees it; outside it, to whoever holds or held one of its workflow tasks or was copied on it, with the fields their task's node hides left out (canEdit false).",
      responses: {
        200: {
          description: 'The record (ETag: its version); pendingChange: the edit a change flow holds for approval, null when none waits',
          schema: { ...recordWithFlowSchema, properties: { ...(recordWithFlowSchema['properties'] as object), pendingChange: { ...changeViewSchema, type: ['object', 'null'] } } },
        },
        404: { description: 'No such record, or not yours to see' },
      },
    },
    async ({ res, user, param }) => {
      const { record, canEdit, fields } = await openRecordAsParticipant(stores, user, param('id'));
      const flow = await stores.flowInstances.findByRecord(record.id);
      const changeFlow = await stores.flowInstances.findByRecord(record.id, 'change');
      const change = changeFlow?.flowState.status === 'in_progress' ? changeFlow.instance.change : undefined;
      const form = change ? await loadRecordForm(stores, record.formId) : undefined;
      res.set('ETag', `"${record.version}"`);
      return {
        ...toRecordView(hideFieldsOfRecord(record, fields)),
        canEdit,
        flow: flow ? toFlowView(flow.flowState) : null,
        pendingChange: change && form ? await toChangeView(stores, change, form, (fieldId) => fields.hidden.has(fieldId)) : null,
      };
    },
  );

  api.route(
    {
      method: 'patch',
      path: '/api/records/:id',
      summary: 'Change a record',
      description: 'data holds the fields to change (null clears one); the result is validated as a whole against the current published version.',
      tags: ['records'],
      access: 'signedIn',
      body: changeBody,
      headers: { 'If-Match': 'The version you read; a stale one is a 409 stale_record' },
      responses: {
        200: { description: 'Changed (ETag: the new version)', schema: recordViewSchema },
        202: {
          description:
            "Held for approval: the record's flow completed and its workflow's settings.changeApproval covers a field you changed, so a change flow now holds the edit (applied when approved, dropped otherwise). The record is unchanged (ETag: its version)",
          schema: { type: 'object', properties: { record: recordViewSchema, proposedChange: { type: 'object', properties: { diff: changeLinesSchema, flow: flowViewSchema } } } },
        },
        400: { description: 'invalid_record, reason_required' },
        403: { description: "You can see the record but the form does not let your role change it (settings.access.edit; default: your own records)" },
        404: { description: 'No such record, or not yours to see' },
        409: { description: 'stale_record (details.currentVersion), record_deleted, duplicate_value, change_pending (a proposed change waits for approval; details name its flow and proposer)' },
        422: { description: "A feature's rule over its form refused the change (a RecordWriteHook: e.g. target_changes_exhausted — the target changed as often in its period as its app allows — or reason_required on the targets form), each fault at /data/<field>" },
      },
    },
    async ({ req, res, body, user, locale, param }) => {
      const { record, proposedChange } = await updateRecord(context, user, param('id'), body.data, readIfMatchRevision(req), locale, body.reason);
      res.set('ETag', `"${record.version}"`);
      // Changing it took the right to change it, and a change keeps the owner.
      const view = { ...toRecordView(await hideFieldsFor(user, record)), canEdit: true };
      if (proposedChange === undefined) return view;
      res.status(202);
      return { record: view, proposedChange };
    },
  );

  api.route(
    {
      method: 'delete',
      path: '/api/records/:id',
      summary: 'Delete a record (soft: it can be restored)',
      description: 'An optional JSON body {reason} says why (kept in the history; required by forms whose settings.changeReason is required).',
      tags: ['records'],
      access: 'signedIn',
      body: reasonBody,
      headers: { 'If-Match': 'Optional: the version you read' },
      responses: {
        204: { description: 'Deleted' },
        400: { description: 'reason_required' },
        403: { description: 'The form does not let your role change this record' },
        404: { description: 'No such record, or not yours to see' },
        409: { description: 'stale_record, record_deleted' },
      },
    },
    async ({ req, res, body, user, param }) => {
      await setRecordDeleted(context, user, param('id'), true, readIfMatchRevision(req), body.reason);
      res.status(204).end();
      return undefined;
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/records/:id/restore',
      summary: 'Restore a deleted record',
      description: 'An optional body {reason} says why (kept in the history; required by forms whose settings.changeReason is required).',
      tags: ['records'],
      access: 'signedIn',
      body: reasonBody,
      headers: { 'If-Match': 'Optional: the version you read' },
      responses: {
        200: { description: 'Restored', schema: recordViewSchema },
        400: { description: 'reason_required' },
        403: { description: 'The form does not let your role change this record' },
        404: { description: 'No such record, or not yours to see' },
        409: { description: 'record_not_deleted, stale_record, duplicate_value (its unique value was taken meanwhile)' },
      },
    },
    async ({ req, res, body, user, param }) => {
      const record = await setRecordDeleted(context, user, param('id'), false, readIfMatchRevision(req), body.reason);
      res.set('ETag', `"${record.version}"`);
      return { ...toRecordView(await hideFieldsFor(user, record)), canEdit: true };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/records/:id/history',
      summary: "A record's history: who changed what, when and why",
      description:
        'Append-only. Each entry lists the fields it changed with their values before and after, and the reason given (or null); a create lists none (its data is version 1). Readable by whoever may read the record (GET /api/records/{id}), without the fields hidden from them.',
      tags: ['records'],
      access: 'signedIn',
      responses: { 200: { description: 'Oldest first', schema: historyViewSchema }, 404: { description: 'No such record, or not yours to see' } },
    },
    async ({ user, param }) => {
      const { record, fields } = await openRecordAsParticipant(stores, user, param('id'));
      return { items: hideFieldsOfHistory(await stores.history.list(record.id), fields).map(toHistoryView) };
    },
  );

  /** A record just written, as its writer may see it (the form is cached, so this reads nothing more). */
  async function hideFieldsFor(user: User, record: StoredRecord): Promise<StoredRecord> {
    const form = await loadRecordForm(stores, record.formId);
    return form ? hideFieldsOfRecord(record, fieldAccessOf({ user }, form)) : record;
  }

  return api;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
