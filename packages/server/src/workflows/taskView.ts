import type { JsonSchema } from '../http/validation/ValueSchema.js';
import type { FlowInstanceSummary } from '../storage/FlowInstanceStore.js';
import type { FlowTask, InboxItem } from '../storage/TaskStore.js';
import { flowViewSchema, toFlowView } from './flowView.js';

const iso = (time: number | null): string | null => (time === null ? null : new Date(time).toISOString());

/** A task as the API shows it. */
export function toTaskView(task: FlowTask) {
  return {
    id: task.id,
    kind: task.kind,
    recordId: task.recordId,
    formId: task.formId,
    nodeId: task.nodeId,
    assignee: task.assignee,
    state: task.state,
    outcome: task.outcome,
    openedAt: iso(task.openedAt),
    closedAt: iso(task.closedAt),
  };
}

/** A flow as inbox lines show it: who started it when, and where the record stands. */
export function toFlowSummaryView(flow: FlowInstanceSummary) {
  return {
    instanceId: flow.id,
    recordId: flow.recordId,
    formId: flow.formId,
    initiator: flow.initiator,
    startedAt: iso(flow.startedAt),
    finishedAt: iso(flow.finishedAt),
    ...toFlowView(flow.flowState),
  };
}

/** An inbox line: its task (null in the initiated box), its flow, and what the line is called (see titleInboxItems). */
export function toInboxItemView(item: InboxItem, title: string) {
  return { title, task: item.task === null ? null : toTaskView(item.task), flow: toFlowSummaryView(item.flow) };
}

export const taskViewSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string', enum: ['approve', 'submit', 'cc'] },
    recordId: { type: 'string' },
    formId: { type: 'string' },
    nodeId: { type: 'string' },
    assignee: { type: 'string' },
    state: { type: 'string', enum: ['open', 'waiting', 'done', 'cancelled'] },
    outcome: { type: ['string', 'null'] },
    openedAt: { type: 'string', format: 'date-time' },
    closedAt: { type: ['string', 'null'], format: 'date-time' },
  },
};

export const flowSummarySchema: JsonSchema = {
  type: 'object',
  properties: {
    instanceId: { type: 'string' },
    recordId: { type: 'string' },
    formId: { type: 'string' },
    initiator: { type: 'string' },
    startedAt: { type: 'string', format: 'date-time' },
    finishedAt: { type: ['string', 'null'], format: 'date-time' },
    ...(flowViewSchema.properties as Record<string, JsonSchema>),
  },
};

export const inboxPageSchema: JsonSchema = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          title: { type: 'string', description: "The form's title and the record's serial number, else its first text field, else its submit date — of the fields this line's node shows" },
          task: { ...taskViewSchema, type: ['object', 'null'], description: 'null in the initiated box' },
          flow: flowSummarySchema,
        },
      },
    },
    nextCursor: { type: ['string', 'null'] },
  },
};
