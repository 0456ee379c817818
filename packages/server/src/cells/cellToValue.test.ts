import type { FieldDefinition } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { cellToValue } from './cellToValue.js';
import type { OrgDirectory } from './OrgDirectory.js';

const directory: OrgDirectory = {
  userId: (text) => ({ 'zhang.wei': 'usr_1', 张伟: 'usr_1' })[text.trim()],
  departmentId: (text) => (text.trim() === '华东' ? 'dep_east' : undefined),
  userName: () => undefined,
  departmentName: () => undefined,
};
const zone = { name: 'Asia/Shanghai', offsetMinutes: 480 };
const convert = (cell: Parameters<typeof cellToValue>[0], field: FieldDefinition) => cellToValue(cell, field, directory, zone, () => 'row1');
const options = [
  { value: 'east', label: '华东' },
  { value: 'west', label: '华西' },
];

describe('cellToValue', () => {
  it('reads numbers with separators and currency signs, and passes other text on for the engine to refuse', () => {
    const money: FieldDefinition = { id: 'f_m', type: 'money', label: 'M' };
    expect(convert('¥1,280.50', money)).toBe(1280.5);
    expect(convert(' -3 ', money)).toBe(-3);
    expect(convert(12, money)).toBe(12);
    expect(convert('lots', money)).toBe('lots');
  });

  it('reads the date spellings of spreadsheets, and Excel date cells', () => {
    const date: FieldDefinition = { id: 'f_d', type: 'date', label: 'D' };
    for (const text of ['2025-1-6', '2025/01/06', '2025.1.6', '2025年1月6日', '2025-01-06 10:30']) expect(convert(text, date)).toBe('2025-01-06');
    expect(convert(new Date(Date.UTC(2025, 0, 6)), date)).toBe('2025-01-06');
    expect(convert(45663, date)).toBe('2025-01-06');
    expect(convert('next week', date)).toBe('next week');
  });

  it('gives date-times without a zone the app zone', () => {
    const datetime: FieldDefinition = { id: 'f_t', type: 'datetime', label: 'T' };
    expect(convert('2025/1/6 9:05', datetime)).toBe('2025-01-06T09:05:00+08:00');
    expect(convert('2025-01-06T01:00:00Z', datetime)).toBe('2025-01-06T01:00:00Z');
    expect(convert(new Date(Date.UTC(2025, 0, 6, 9, 5)), datetime)).toBe('2025-01-06T09:05:00+08:00');
  });

  it('finds options by value or label, lists split on either comma', () => {
    expect(convert('华东', { id: 'f_r', type: 'select', label: 'R', options })).toBe('east');
    expect(convert('west', { id: 'f_r', type: 'radio', label: 'R', options })).toBe('west');
    expect(convert('华东，west; 华南', { id: 'f_c', type: 'checkbox', label: 'C', options })).toEqual(['east', 'west', '华南']);
  });

  it('finds members by username or name and departments by name', () => {
    expect(convert('zhang.wei', { id: 'f_u', type: 'member', label: 'U' })).toBe('usr_1');
    expect(convert('张伟, ghost', { id: 'f_u', type: 'members', label: 'U' })).toEqual(['usr_1', 'ghost']);
    expect(convert('华东', { id: 'f_d', type: 'department', label: 'D' })).toBe('dep_east');
  });

  it('reads subform rows as JSON, giving rows without an id one', () => {
    expect(convert('[{"f_q":1},{"_id":"keep","f_q":2}]', { id: 'f_s', type: 'subform', label: 'S', fields: [] })).toEqual([
      { f_q: 1, _id: 'row1' },
      { _id: 'keep', f_q: 2 },
    ]);
  });

  it('treats blank cells as empty and undoes export quoting of formulas', () => {
    const text: FieldDefinition = { id: 'f_x', type: 'text', label: 'X' };
    expect(convert('   ', text)).toBeUndefined();
    expect(convert(null, text)).toBeUndefined();
    expect(convert("'=SUM(A1)", text)).toBe('=SUM(A1)');
  });
});
