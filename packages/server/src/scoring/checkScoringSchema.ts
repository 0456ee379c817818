import { parseScoringSchema, type AggregateSource, type DocumentIssue, type JsonObject, type KpiTarget, type ManualSource, type ScoringSchema } from '@formwork/runtime';
import { invalidDocumentSchema } from '../documents/invalidDocumentSchema.js';
import type { HttpError } from '../http/HttpError.js';
import { parseRecordFilter } from '../query/parseRecordFilter.js';
import type { TimeZone } from '../query/TimeZone.js';
import { loadRecordForm } from '../records/loadRecordForm.js';
import type { RecordForm } from '../records/RecordForm.js';
import type { Stores } from '../storage/Stores.js';

/** 考核方案 / scoring scheme, as messages about schemes name them. */
export const scoringNoun = { 'zh-CN': '考核方案', en: 'scoring scheme' } as const;

/**
 * A scoring scheme from a client, checked: the runtime's parser (meta-schema, migration to the
 * current `schemaVersion`, item ids, methods, derived formulas), then that every form a source or
 * target names is a published form and has each field named (person, date, period, value, the
 * aggregated field, the filter's fields) — so a run can always be computed from a published
 * scheme. The form may be another app's (#15: the performance app scores the CRM's visits and
 * contracts): only admins write schemes, and a run counts every record of its forms whoever
 * may list them, as it does within one app. Returns the
 * parsed document as the JSON the DocumentStore keeps, or throws 400 `invalid_schema` with each
 * fault's pointer into the scheme (`/items/0/source/dateField`).
 */
export async function requireValidScoringSchema(stores: Stores, input: unknown, zone: TimeZone): Promise<JsonObject> {
  const parsed = parseScoringSchema(input);
  if (!parsed.ok) throw invalidScoringSchema(parsed.errors);
  const faults = await checkScoringReferences(stores, parsed.value, zone);
  if (faults.length > 0) throw invalidScoringSchema(faults);
  // A parsed document is plain JSON (objects, arrays, strings, numbers, booleans, null).
  return JSON.parse(JSON.stringify(parsed.value)) as JsonObject;
}

/** 400 `invalid_schema` for a scoring scheme, listing each fault's pointer (into the scheme), code and message. */
export function invalidScoringSchema(issues: readonly DocumentIssue[]): HttpError {
  return invalidDocumentSchema(scoringNoun, issues);
}

async function checkScoringReferences(stores: Stores, scheme: ScoringSchema, zone: TimeZone): Promise<DocumentIssue[]> {
  const faults: DocumentIssue[] = [];
  const forms = new Map<string, RecordForm | undefined>();

  const formAt = async (formId: string, pointer: string): Promise<RecordForm | undefined> => {
    if (!forms.has(formId)) {
      forms.set(formId, await loadRecordForm(stores, formId));
    }
    const form = forms.get(formId);
    if (!form) {
      faults.push({
        pointer,
        code: 'unknownForm',
        message: { 'zh-CN': `没有已发布的表单 ${formId}`, en: `There is no published form ${formId}` },
      });
    }
    return form;
  };
  const field = (form: RecordForm, fieldId: string, pointer: string): void => {
    if (form.queryFields.has(fieldId)) return;
    faults.push({ pointer, code: 'unknownField', message: { 'zh-CN': `表单中没有字段 ${fieldId}`, en: `The form has no field ${fieldId}` } });
  };
  const aggregate = async (source: Omit<AggregateSource, 'kind'>, at: string): Promise<void> => {
    const form = await formAt(source.formId, `${at}/formId`);
    if (!form) return;
    field(form, source.personField, `${at}/personField`);
    field(form, source.dateField, `${at}/dateField`);
    if (source.field !== undefined) field(form, source.field, `${at}/field`);
    if (source.filter === undefined) return;
    const filter = parseRecordFilter(source.filter, form.queryFields, zone);
    if (!filter.ok) faults.push(...filter.issues.map((issue) => ({ pointer: `${at}/filter${issue.pointer}`, code: issue.code, message: issue.message })));
  };
  const periodic = async (source: ManualSource | Extract<KpiTarget, { kind: 'form' }>, valueField: string, valueKey: string, at: string): Promise<void> => {
    const form = await formAt(source.formId, `${at}/formId`);
    if (!form) return;
    field(form, source.personField, `${at}/personField`);
    field(form, source.periodField, `${at}/periodField`);
    field(form, valueField, `${at}/${valueKey}`);
  };

  for (const [index, item] of scheme.items.entries()) {
    const at = `/items/${String(index)}`;
    const source = item.source;
    if (source.kind === 'aggregate') await aggregate(source, `${at}/source`);
    else if (source.kind === 'derived') {
      for (const [inputIndex, input] of source.inputs.entries()) await aggregate(input.source, `${at}/source/inputs/${String(inputIndex)}/source`);
    } else await periodic(source, source.field, 'field', `${at}/source`);
    if (item.target?.kind === 'form') await periodic(item.target, item.target.valueField, 'valueField', `${at}/target`);
  }
  return faults;
}
