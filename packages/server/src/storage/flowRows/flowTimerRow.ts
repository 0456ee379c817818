import type { TimerKind } from '@formwork/runtime';
import type { FlowTimer } from '../FlowTimerStore.js';
import { readBigint } from '../postgres/stores/readBigint.js';

/** `flow_timers` as both adapters read it. */
export interface FlowTimerRow {
  id: string;
  instance_id: string;
  record_id: string;
  visit_id: string;
  node_id: string;
  kind: string;
  due_at: number | string;
}

/** The columns written for a timer (a new or moved one is unclaimed), in the order of `flowTimerValues`. */
export const flowTimerColumns = ['id', 'instance_id', 'record_id', 'visit_id', 'node_id', 'kind', 'due_at'] as const;

export function flowTimerValues(timer: FlowTimer): unknown[] {
  return [timer.id, timer.instanceId, timer.recordId, timer.visitId, timer.nodeId, timer.kind, timer.dueAt];
}

export function toFlowTimer(row: FlowTimerRow): FlowTimer {
  return {
    id: row.id,
    instanceId: row.instance_id,
    recordId: row.record_id,
    visitId: row.visit_id,
    nodeId: row.node_id,
    kind: row.kind as TimerKind,
    dueAt: readBigint(row.due_at),
  };
}

/** Earliest first, ties by id: the order `claimDue` hands timers out in (RETURNING promises none). */
export function byDueTime(a: FlowTimer, b: FlowTimer): number {
  return a.dueAt - b.dueAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** How long a claim holds when the caller does not say. */
export const defaultClaimLeaseMs = 5 * 60_000;
