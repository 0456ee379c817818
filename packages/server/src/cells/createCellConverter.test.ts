import type { FieldDefinition } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { createCellConverter } from './createCellConverter.js';
import type { OrgDirectory } from './OrgDirectory.js';

const directory: OrgDirectory = { userId: () => undefined, departmentId: () => undefined, userName: () => undefined, departmentName: () => undefined };
const zone = { name: 'Asia/Shanghai', offsetMinutes: 480 };

describe('createCellConverter', () => {
  it('prefers an option value over another option labelled the same, and the first of two equal labels', () => {
    // Option "b" is labelled "a": typing "a" means option a (by value), as cellToValue always did.
    const field: FieldDefinition = {
      id: 'f_s',
      type: 'select',
      label: 'S',
      options: [
        { value: 'x', label: 'Twin' },
        { value: 'a', label: 'First' },
        { value: 'b', label: 'a' },
        { value: 'y', label: 'Twin' },
      ],
    };
    const toValue = createCellConverter(field, directory, zone, () => 'row1');
    expect(toValue('a')).toBe('a');
    expect(toValue('Twin')).toBe('x');
    expect(toValue('b')).toBe('b');
    expect(toValue('Nobody')).toBe('Nobody');
  });

  it('keeps converting the same way cell after cell (one converter serves a whole column)', () => {
    const datetime: FieldDefinition = { id: 'f_t', type: 'datetime', label: 'T' };
    const toValue = createCellConverter(datetime, directory, { name: 'UTC', offsetMinutes: 0 }, () => 'row1');
    expect(toValue('2025-01-06 09:30')).toBe('2025-01-06T09:30:00+00:00');
    expect(toValue('  ')).toBeUndefined();
    expect(toValue('2025/1/7 8:05:09')).toBe('2025-01-07T08:05:09+00:00');
    expect(toValue('soon')).toBe('soon');
  });

  it('leaves the spaces of multi-line text but still drops an all-blank cell', () => {
    const notes: FieldDefinition = { id: 'f_n', type: 'textarea', label: 'N' };
    const toValue = createCellConverter(notes, directory, zone, () => 'row1');
    expect(toValue('  indented\nline ')).toBe('  indented\nline ');
    expect(toValue("'-5 off")).toBe('-5 off');
    expect(toValue('')).toBeUndefined();
  });
});
