import { parseWorkflowSchema, type Locale, type WorkflowSchema } from '@formwork/runtime';
import type { WorkflowApi, WorkflowVersionSummary } from '../api/WorkflowApi.js';
import { workflowMessages as m } from '../i18n/workflowMessages.js';
import { createDocumentSession, type DocumentSession, type DocumentSessionState } from '../session/createDocumentSession.js';
import type { WorkflowStore } from './createWorkflowStore.js';
import { starterWorkflow } from './starterWorkflow.js';

/** Where the form's workflow is with the server: one state, never a set of flags. */
export type WorkflowSessionState = DocumentSessionState<WorkflowSchema, WorkflowVersionSummary, object>;

export type WorkflowSession = Pick<DocumentSession<WorkflowSchema, WorkflowVersionSummary, object>, 'state' | 'load' | 'save' | 'publish'>;

/**
 * The flow designer's conversation with the server, with no React in it: reads the form's workflow
 * (or starts one: initiator → manager approval → end), saves the draft with If-Match, publishes it
 * and keeps the faults the server refused it for.
 */
export function createWorkflowSession(options: { readonly api: WorkflowApi; readonly formId: string; readonly formTitle: () => string; readonly locale: () => Locale; readonly store: WorkflowStore }): WorkflowSession {
  const { api, formId, store } = options;
  return createDocumentSession<WorkflowSchema, WorkflowVersionSummary, object>({
    messages: { ...m, codes: { stale_draft: m.staleDraft, form_not_published: m.formNotPublished } },
    locale: options.locale,
    edited: {
      current: () => store.getState().workflow,
      saved: () => store.getState().savedWorkflow,
      markSaved: (workflow) => store.getState().markSaved(workflow),
      load: (workflow) => store.getState().load(workflow),
    },
    fetch: () => api.getWorkflow(formId),
    starter: () => starterWorkflow(formId, options.formTitle(), options.locale()),
    prepare: async () => ({}),
    parse: parseWorkflowSchema,
    write: (workflow, revision) => api.saveWorkflow(formId, workflow, revision),
    publish: (revision) => api.publishWorkflow(formId, revision),
  });
}
