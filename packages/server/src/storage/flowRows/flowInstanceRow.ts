import type { FlowState, FlowStatus, WorkflowInstance } from '@formwork/runtime';
import type { FlowInstanceSummary, FlowPurpose, StoredFlowInstance } from '../FlowInstanceStore.js';
import { readBigint, readNullableBigint } from '../postgres/stores/readBigint.js';

/** `flow_instances` as both adapters read it (times may come as strings from PostgreSQL). */
export interface FlowInstanceRow {
  id: string;
  record_id: string;
  form_id: string;
  workflow_version: number | string;
  initiator_id: string;
  status: string;
  state: string;
  flow_state: string;
  started_at: number | string;
  finished_at: number | string | null;
  updated_at: number | string;
}

/** The columns written for an instance, in the order of `flowInstanceValues`. */
export const flowInstanceColumns = [
  'id',
  'record_id',
  'form_id',
  'workflow_version',
  'initiator_id',
  'status',
  'revision',
  'state',
  'flow_state',
  'started_at',
  'finished_at',
  'updated_at',
  'purpose',
] as const;

/** The summary columns, for lists that do not need the whole instance. */
export const flowSummaryColumns = 'id, record_id, form_id, workflow_version, initiator_id, status, flow_state, started_at, finished_at';

/** An instance's row values: the engine's JSON whole, and the fields queried or constrained beside it. */
export function flowInstanceValues(instance: WorkflowInstance, flowState: FlowState, now: number): unknown[] {
  return [
    instance.id,
    instance.recordId,
    instance.formId,
    instance.workflowVersion,
    instance.initiator,
    instance.status,
    instance.revision,
    JSON.stringify(instance),
    JSON.stringify(flowState),
    instance.startedAt,
    instance.finishedAt ?? null,
    now,
    flowPurposeOf(instance),
  ];
}

/** A change flow carries the edit it holds; every other instance is the record's own flow. */
export function flowPurposeOf(instance: WorkflowInstance): FlowPurpose {
  return instance.change === undefined ? 'record' : 'change';
}

export function toStoredFlowInstance(row: Pick<FlowInstanceRow, 'state' | 'flow_state' | 'updated_at'>): StoredFlowInstance {
  return {
    instance: JSON.parse(row.state) as WorkflowInstance,
    flowState: JSON.parse(row.flow_state) as FlowState,
    updatedAt: readBigint(row.updated_at),
  };
}

export function toFlowSummary(row: Omit<FlowInstanceRow, 'state' | 'updated_at'>): FlowInstanceSummary {
  return {
    id: row.id,
    recordId: row.record_id,
    formId: row.form_id,
    workflowVersion: readBigint(row.workflow_version),
    initiator: row.initiator_id,
    status: row.status as FlowStatus,
    flowState: JSON.parse(row.flow_state) as FlowState,
    startedAt: readBigint(row.started_at),
    finishedAt: readNullableBigint(row.finished_at),
  };
}
