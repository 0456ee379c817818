import { describe, expect, it } from 'vitest';
import { filterLimits } from './filterLimits.js';
import { parseRecordFilter } from './parseRecordFilter.js';
import type { QueryField } from './QueryField.js';
import { systemFields } from './systemFields.js';

const field = (id: string, kind: QueryField['kind']): QueryField => ({ id, kind, system: false, removed: false });
const fields = new Map([...systemFields, field('f_at', 'datetime'), field('f_n', 'number'), field('f_files', 'count')].map((f) => [f.id, f]));
const zone = { name: 'Asia/Shanghai', offsetMinutes: 480 };

describe('parseRecordFilter', () => {
  it('turns a date on a date-time field into that local day, stored as UTC text', () => {
    const parsed = parseRecordFilter({ field: 'f_at', op: 'eq', value: '2025-01-06' }, fields, zone);
    expect(parsed).toMatchObject({
      ok: true,
      predicate: {
        kind: 'and',
        items: [
          { kind: 'compare', comparison: '>=', value: '2025-01-05T16:00:00.000Z' },
          { kind: 'compare', comparison: '<', value: '2025-01-06T16:00:00.000Z' },
        ],
      },
    });
  });

  it('turns a date on a time stamp into milliseconds, and a date-time into the same instant', () => {
    const range = parseRecordFilter({ field: '_createdAt', op: 'range', value: ['2025-01-01', '2025-01-31T12:00:00+08:00'] }, fields, zone);
    expect(range).toMatchObject({
      ok: true,
      predicate: { kind: 'and', items: [{ comparison: '>=', value: Date.UTC(2024, 11, 31, 16) }, { comparison: '<=', value: Date.UTC(2025, 0, 31, 4) }] },
    });
  });

  it('lets file fields only be tested for emptiness', () => {
    expect(parseRecordFilter({ field: 'f_files', op: 'not_empty' }, fields, zone).ok).toBe(true);
    expect(parseRecordFilter({ field: 'f_files', op: 'eq', value: 1 }, fields, zone).ok).toBe(false);
  });

  it('refuses a value on empty, and a range with no end', () => {
    expect(parseRecordFilter({ field: 'f_n', op: 'empty', value: 3 }, fields, zone).ok).toBe(false);
    expect(parseRecordFilter({ field: 'f_n', op: 'range', value: [null, null] }, fields, zone).ok).toBe(false);
  });

  it('bounds the size of a filter', () => {
    const wide = { or: Array.from({ length: filterLimits.maxNodes + 5 }, () => ({ field: 'f_n', op: 'empty' })) };
    const result = parseRecordFilter(wide, fields, zone);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.filter((issue) => issue.code === 'too_many')).toHaveLength(1);
    const list = { field: 'f_n', op: 'in', value: Array.from({ length: filterLimits.maxListItems + 1 }, (_, i) => i) };
    expect(parseRecordFilter(list, fields, zone).ok).toBe(false);
  });

  it('reports every fault of a tree at once', () => {
    const result = parseRecordFilter({ and: [{ field: 'nope', op: 'eq', value: 1 }, { field: 'f_n', op: 'gt', value: 'x' }, 'not a condition'] }, fields, zone);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.pointer)).toEqual(['/and/0/field', '/and/1/value', '/and/2']);
  });
});
