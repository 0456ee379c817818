import { WORKFLOW_SCHEMA_VERSION, type Locale, type WorkflowSchema } from '@formwork/runtime';
import { fillText } from '../i18n/fillText.js';
import { workflowMessages as m } from '../i18n/workflowMessages.js';

/**
 * The flow a form starts with before it has one: initiator → an approval by the initiator's direct
 * manager → end, named in `locale`.
 */
export function starterWorkflow(formId: string, formTitle: string, locale: Locale): WorkflowSchema {
  return {
    kind: 'workflow',
    schemaVersion: WORKFLOW_SCHEMA_VERSION,
    title: fillText(m.workflowTitle, { form: formTitle })[locale],
    formId,
    nodes: [
      { id: 'n_start', type: 'start', name: m.startName[locale] },
      { id: 'n_approval', type: 'approval', name: m.approvalName[locale], assignees: [{ kind: 'managerChain', levels: 1 }], mode: 'any' },
      { id: 'n_end', type: 'end', name: m.endName[locale] },
    ],
    edges: [
      { id: 'e_start', from: 'n_start', to: 'n_approval' },
      { id: 'e_approval', from: 'n_approval', to: 'n_end' },
    ],
  };
}
