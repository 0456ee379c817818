import type { FlowState } from '@formwork/runtime';
import type { JsonSchema } from '../http/validation/ValueSchema.js';

/** Where a record stands in its flow, as answers carry it (`flow` of a submit, a task, an action). */
export interface FlowView {
  readonly state: FlowState['status'];
  readonly nodes: FlowState['nodes'];
  readonly assignees: FlowState['assignees'];
}

export function toFlowView(flowState: FlowState): FlowView {
  return { state: flowState.status, nodes: flowState.nodes, assignees: flowState.assignees };
}

export const flowViewSchema: JsonSchema = {
  type: 'object',
  description: "Where the record stands in its approval flow; absent when the form's workflow is not published",
  properties: {
    state: { type: 'string', enum: ['in_progress', 'completed', 'rejected', 'ended', 'withdrawn'] },
    nodes: { type: 'array', description: 'The nodes with open work, in the order they were reached', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } } },
    assignees: { type: 'array', description: 'Who holds an open task now (user ids)', items: { type: 'string' } },
  },
};
