import { checkWorkflowPublish, parseWorkflowSchema, type JsonObject } from '@formwork/runtime';
import type { DocumentKindRules } from '../documents/DocumentKindRules.js';
import { invalidDocumentSchema } from '../documents/invalidDocumentSchema.js';
import { loadRecordForm } from '../records/loadRecordForm.js';
import { formNotPublished } from '../records/recordErrors.js';

const noun = { 'zh-CN': '流程', en: 'workflow' } as const;

/**
 * The shared document routes' rules for the workflow of form `formId`: a draft must parse (the
 * engine's meta-schema and graph basics) and is bound to the form (its `formId` set to it, so a
 * copied workflow cannot move another form's records); `publishing` adds the checks a running
 * flow needs (the engine's `checkWorkflowPublish`: reachability, dead ends, default branches,
 * approvers, and every field it names being a field of the right type) against the form's
 * published version.
 */
export function workflowRules(formId: string, publishing: boolean): DocumentKindRules {
  return {
    kind: 'workflow',
    noun,
    async check(stores, _appId, input) {
      const bound = typeof input === 'object' && input !== null && !Array.isArray(input) ? { ...input, formId } : input;
      const parsed = parseWorkflowSchema(bound);
      if (!parsed.ok) throw invalidDocumentSchema(noun, parsed.errors);
      if (publishing) {
        const form = await loadRecordForm(stores, formId);
        if (!form) throw formNotPublished();
        const issues = checkWorkflowPublish(parsed.value, form.version.schema);
        if (issues.length > 0) throw invalidDocumentSchema(noun, issues);
      }
      return parsed.value as unknown as JsonObject;
    },
  };
}
