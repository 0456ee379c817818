import type { QueryField } from './QueryField.js';

const system = (id: string, kind: QueryField['kind']): QueryField => ({ id, kind, system: true, removed: false });

/**
 * The record attributes every query may name besides the form's fields. Every record has them;
 * where an adapter keeps them is its own business (see `queryColumnOf`).
 *
 * - `_createdAt`, `_updatedAt`: times (filter with ISO dates or date-times; bucket by day…year);
 * - `_createdBy`: the user who submitted; `_owner`: the user the record belongs to (row scopes use it);
 * - `_ownerDepartment`: the owner's department when the record was submitted;
 * - `_flowStatus`: where the record's own approval flow stands — `in_progress`, `completed`
 *   (approved at its end), `rejected`, `withdrawn` or `ended`; empty for a record that never went
 *   through one (entered before its form had a flow, or imported). Its latest flow counts, change
 *   flows never do. Filters only (`filterOnly`): a scoring item counts only approved contracts with
 *   `{ "field": "_flowStatus", "op": "eq", "value": "completed" }`.
 */
export const systemFields: readonly QueryField[] = [
  system('_createdAt', 'timestamp'),
  system('_updatedAt', 'timestamp'),
  system('_createdBy', 'text'),
  system('_owner', 'text'),
  system('_ownerDepartment', 'text'),
  { ...system('_flowStatus', 'text'), filterOnly: true },
];
