import type { QueryField } from './QueryField.js';

const system = (id: string, column: string, kind: QueryField['kind']): QueryField => ({ id, column, kind, system: true, removed: false });

/**
 * The record attributes every query may name besides the form's fields. Their columns live in
 * every form's value table.
 *
 * - `_createdAt`, `_updatedAt`: times (filter with ISO dates or date-times; bucket by day…year);
 * - `_createdBy`: the user who submitted; `_owner`: the user the record belongs to (row scopes use it);
 * - `_ownerDepartment`: the owner's department when the record was submitted.
 */
export const systemFields: readonly QueryField[] = [
  system('_createdAt', 'created_at', 'timestamp'),
  system('_updatedAt', 'updated_at', 'timestamp'),
  system('_createdBy', 'creator_id', 'text'),
  system('_owner', 'owner_id', 'text'),
  system('_ownerDepartment', 'owner_department_id', 'text'),
];
