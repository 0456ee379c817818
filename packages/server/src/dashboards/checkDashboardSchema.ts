import { parseDashboardSchema, type DocumentIssue, type JsonObject } from '@formwork/runtime';
import { invalidDocumentSchema } from '../documents/invalidDocumentSchema.js';
import type { HttpError } from '../http/HttpError.js';
import type { Stores } from '../storage/Stores.js';

/**
 * A dashboard document from a client, checked: the runtime's parser (meta-schema, migration to
 * the current `schemaVersion`, widget ids, grid, filter bindings), then that every widget reads a
 * form of the dashboard's own app — a widget over a form elsewhere would show another app's data.
 * Returns the parsed document as the JSON the DocumentStore keeps (store that, not the input), or
 * throws 400 `invalid_schema` with each fault's pointer into the document.
 */
export async function requireValidDashboardSchema(stores: Stores, appId: string, input: unknown): Promise<JsonObject> {
  const parsed = parseDashboardSchema(input);
  if (!parsed.ok) throw invalidDashboardSchema(parsed.errors);
  const faults: DocumentIssue[] = [];
  const checked = new Map<string, boolean>();
  for (const [index, widget] of parsed.value.widgets.entries()) {
    const formId = widget.query.formId;
    if (!checked.has(formId)) checked.set(formId, (await stores.forms.findById(formId))?.appId === appId);
    if (checked.get(formId) === true) continue;
    faults.push({
      pointer: `/widgets/${String(index)}/query/formId`,
      code: 'unknownForm',
      message: { 'zh-CN': `本应用中没有表单 ${formId}`, en: `This app has no form ${formId}` },
    });
  }
  if (faults.length > 0) throw invalidDashboardSchema(faults);
  // A parsed document is plain JSON (objects, arrays, strings, numbers, booleans, null).
  return JSON.parse(JSON.stringify(parsed.value)) as JsonObject;
}

/** 仪表盘 / dashboard, as messages about dashboards name them. */
export const dashboardNoun = { 'zh-CN': '仪表盘', en: 'dashboard' } as const;

/** 400 `invalid_schema` for a dashboard, listing each fault's pointer (into the document), code and message. */
export function invalidDashboardSchema(issues: readonly DocumentIssue[]): HttpError {
  return invalidDocumentSchema(dashboardNoun, issues);
}
