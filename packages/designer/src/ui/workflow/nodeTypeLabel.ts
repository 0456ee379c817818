import type { LocalizedText, WorkflowNode } from '@formwork/runtime';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';

/** What a node is, in words: every node type has one. */
export const nodeTypeLabel = {
  start: m.typeStart,
  approval: m.typeApproval,
  cc: m.typeCc,
  condition: m.typeCondition,
  parallel: m.typeParallel,
  end: m.typeEnd,
} satisfies Record<WorkflowNode['type'], LocalizedText>;
