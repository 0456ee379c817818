import type { FlowView } from './TaskViews.js';
import type { RecordView } from './ApiViews.js';

/** One changed field of a proposed change, labelled by the server. */
export interface ChangeLineView {
  readonly fieldId: string;
  readonly label: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** An edit a change flow holds for approval (`change` of a task, `pendingChange` of a record). */
export interface ProposedChangeView {
  readonly proposedBy: string;
  readonly proposedByName: string | null;
  readonly reason: string | null;
  /** Fields hidden from the reader are left out. */
  readonly diff: readonly ChangeLineView[];
}

/** The 202 of `PATCH /api/records/:id` when the edit needs approval: the record is unchanged. */
export interface ProposedRecordChange {
  readonly record: RecordView;
  readonly proposedChange: { readonly diff: readonly ChangeLineView[]; readonly flow: FlowView };
}

/** Whether a change's answer is a proposal held for approval (202) rather than the changed record (200). */
export function isProposedChange(answer: RecordView | ProposedRecordChange): answer is ProposedRecordChange {
  return 'proposedChange' in answer && typeof answer.proposedChange === 'object';
}

/** A task's change-flow edit: `GET /api/tasks/:id` carries it as `change` (null on an ordinary flow, absent from an older server). */
export function changeOfTask(opened: object): ProposedChangeView | null {
  const change = (opened as { readonly change?: ProposedChangeView | null }).change;
  return change ?? null;
}
