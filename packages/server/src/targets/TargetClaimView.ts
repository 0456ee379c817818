import type { StoredRecord } from '../records/StoredRecord.js';
import { claimField, type ClaimStatus } from './claimsForm.js';

/** One claim as the claim routes answer it. */
export interface TargetClaimView {
  readonly id: string;
  readonly personId: string;
  readonly name: string;
  readonly departmentId: string | null;
  readonly status: ClaimStatus;
  /** What the rep proposed; null when they confirmed a target given to them without claiming one. */
  readonly proposed: number | null;
  readonly note: string | null;
  readonly approved: number | null;
  readonly decisionNote: string | null;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly confirmedAmount: number | null;
  readonly confirmedBy: string | null;
  readonly confirmedAt: string | null;
  /** The person's target of the period now (the targets form), or null. */
  readonly target: number | null;
  /** Confirmed, and the target has not changed since. */
  readonly confirmedCurrent: boolean;
  /** The record's version, for the history and for concurrency. */
  readonly version: number;
}

const statuses: readonly ClaimStatus[] = ['proposed', 'approved', 'returned', 'confirmed'];
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const amount = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** A claim record as the routes answer it, with the person's name and current target. */
export function toClaimView(record: StoredRecord, names: ReadonlyMap<string, string>, targets: ReadonlyMap<string, number>): TargetClaimView {
  const data = record.data;
  const personId = text(data[claimField.person]) ?? '';
  const status = statuses.find((each) => each === data[claimField.status]) ?? 'proposed';
  const target = targets.get(personId) ?? null;
  const confirmedAmount = amount(data[claimField.confirmedAmount]);
  return {
    id: record.id,
    personId,
    name: names.get(personId) ?? personId,
    departmentId: text(data[claimField.department]),
    status,
    proposed: amount(data[claimField.proposed]),
    note: text(data[claimField.note]),
    approved: amount(data[claimField.approved]),
    decisionNote: text(data[claimField.decisionNote]),
    decidedBy: text(data[claimField.decidedBy]),
    decidedAt: text(data[claimField.decidedAt]),
    confirmedAmount,
    confirmedBy: text(data[claimField.confirmedBy]),
    confirmedAt: text(data[claimField.confirmedAt]),
    target,
    confirmedCurrent: status === 'confirmed' && target !== null && confirmedAmount === target,
    version: record.version,
  };
}
