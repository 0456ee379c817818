import { describe, expect, it } from 'vitest';
import { systemFields } from '../../query/systemFields.js';
import { queryColumnOf } from './queryColumnOf.js';
import { valueColumnName } from './valueColumnName.js';

describe('queryColumnOf', () => {
  it('keeps the column names databases already hold, so no migration is needed', () => {
    // A filter-only field has no column (see filterOperandSql).
    const stored = systemFields.filter((field) => field.filterOnly !== true);
    expect(systemFields.filter((field) => field.filterOnly === true).map((field) => field.id)).toEqual(['_flowStatus']);
    expect(Object.fromEntries(stored.map((field) => [field.id, queryColumnOf(field)]))).toEqual({
      _createdAt: 'created_at',
      _updatedAt: 'updated_at',
      _createdBy: 'creator_id',
      _owner: 'owner_id',
      _ownerDepartment: 'owner_department_id',
    });
    expect(queryColumnOf({ id: 'f_amount', system: false })).toBe('"v_f_amount"');
    expect(valueColumnName('f_amount')).toBe('"v_f_amount"');
  });

  it('lets nothing but a plain identifier into SQL text', () => {
    expect(() => valueColumnName('f"; DROP TABLE records; --')).toThrow(/not a field id/);
    expect(() => queryColumnOf({ id: '1abc', system: false })).toThrow(/not a field id/);
    expect(() => queryColumnOf({ id: '_deleted', system: true })).toThrow(/not a system field/);
    expect(() => queryColumnOf({ id: '_flowStatus', system: true })).toThrow(/not a system field/);
  });
});
