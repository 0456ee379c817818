import type { RecordData } from '@formwork/runtime';
import { targetField } from './targetsForm.js';

/** What makes a target the one it is, besides its metric: whose, of which period and level, along which part. */
export interface TargetIdentity {
  readonly period: unknown;
  readonly level: unknown;
  readonly department: unknown;
  readonly person: unknown;
  readonly dimension: unknown;
}

/**
 * The key of a target within its metric: two records with the same key are the same target
 * (written twice, the second is a change of the first). A part along a dimension (a product
 * line's share) is a target of its own beside the whole.
 */
export function targetKey(target: TargetIdentity): string {
  return JSON.stringify([target.period, target.level, target.department ?? null, target.person ?? null, typeof target.dimension === 'string' && target.dimension !== '' ? target.dimension : null]);
}

/** The identity of a targets-form record, from its values. */
export function targetIdentityOf(data: RecordData): TargetIdentity {
  return { period: data[targetField.period], level: data[targetField.level], department: data[targetField.department], person: data[targetField.person], dimension: data[targetField.dimension] };
}
