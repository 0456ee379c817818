import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../documents/form/FormSchema.js';
import { compileForm } from './compileForm.js';
import { formOf, testContext } from './testing/formOf.js';

/**
 * Every field type: values it accepts and, for each way a value can be wrong, the error code.
 * Each case is checked through `validateRecord` (the server), `evaluate` (the renderer) and the
 * raw ajv validator of the record schema (which must reject what the engine rejects for shape).
 */

const file = { fileId: 'file_1', name: 'a.png', size: 1024, mimeType: 'image/png' };
const pdf = { fileId: 'file_2', name: 'contract.PDF', size: 2048, mimeType: 'application/pdf' };
const options = [
  { value: 'a', label: 'A' },
  { value: 'b', label: 'B' },
  { value: 'c', label: 'C' },
];

interface Case {
  readonly field: FieldDefinition;
  readonly valid: readonly unknown[];
  readonly invalid: readonly (readonly [value: unknown, code: string])[];
}

const cases: readonly Case[] = [
  {
    field: { id: 'f', type: 'text', label: 'F', minLength: 2, maxLength: 5, pattern: '[a-z]+' },
    valid: ['ab', 'abcde'],
    invalid: [[3, 'type'], ['a', 'minLength'], ['abcdef', 'maxLength'], ['AB', 'pattern'], ['ab1', 'pattern'], [['ab'], 'type']],
  },
  {
    field: { id: 'f', type: 'text', label: 'F', maxLength: 2 },
    valid: ['😀😀', 'ab'],
    invalid: [['😀😀😀', 'maxLength']],
  },
  {
    field: { id: 'f', type: 'text', label: 'F' },
    valid: ['x'.repeat(2000)],
    invalid: [['x'.repeat(2001), 'maxLength']],
  },
  {
    field: { id: 'f', type: 'textarea', label: 'F', minLength: 3 },
    valid: ['abc', 'line\nline'],
    invalid: [['ab', 'minLength'], [{}, 'type']],
  },
  {
    field: { id: 'f', type: 'richtext', label: 'F', maxLength: 10 },
    valid: ['<p>hi</p>'],
    invalid: [['<p>too long</p>', 'maxLength'], [true, 'type']],
  },
  {
    field: { id: 'f', type: 'number', label: 'F', min: 0, max: 100, precision: 1 },
    valid: [0, 100, 12.5, 0.1 + 0.2 - 0.0000000000000000555],
    invalid: [['twelve', 'type'], [Number.NaN, 'type'], [true, 'type'], [-1, 'min'], [100.5, 'max'], [1.25, 'precision']],
  },
  {
    field: { id: 'f', type: 'number', label: 'F', precision: 0 },
    valid: [3, -7, 1e6],
    invalid: [[3.5, 'precision']],
  },
  {
    field: { id: 'f', type: 'money', label: 'F' },
    valid: [1.15, 0.3, 99999.99, -5],
    invalid: [[1.155, 'precision'], ['1.15元', 'type']],
  },
  {
    field: { id: 'f', type: 'rating', label: 'F', max: 3 },
    valid: [1, 3],
    invalid: [[0, 'min'], [4, 'max'], [2.5, 'type'], ['two', 'type']],
  },
  {
    field: { id: 'f', type: 'date', label: 'F', min: '2024-01-01', max: '2024-12-31' },
    valid: ['2024-01-01', '2024-02-29', '2024-12-31'],
    invalid: [['2023-12-31', 'min'], ['2025-01-01', 'max'], ['2024-02-30', 'format'], ['2024-05-01T00:00:00Z', 'format'], [20240501, 'type']],
  },
  {
    field: { id: 'f', type: 'datetime', label: 'F', min: '2024-05-01T00:00:00+08:00' },
    valid: ['2024-05-01T00:00:00+08:00', '2024-04-30T16:00:00Z', '2024-06-01T08:00:00.5+08:00'],
    invalid: [['2024-04-30T15:59:59Z', 'min'], ['2024-05-01 08:00', 'format'], ['2024-05-01T08:00:00', 'format'], [1714521600000, 'type']],
  },
  {
    field: { id: 'f', type: 'phone', label: 'F' },
    valid: ['13812345678', '010-12345678', '+86 13812345678'],
    invalid: [['12345', 'format'], [13812345678, 'type']],
  },
  {
    field: { id: 'f', type: 'email', label: 'F' },
    valid: ['rep@example.com'],
    invalid: [['rep@', 'format'], [['rep@example.com'], 'type']],
  },
  {
    field: { id: 'f', type: 'url', label: 'F' },
    valid: ['https://example.com/x'],
    invalid: [['javascript:alert(1)', 'format'], ['www.example.com', 'format']],
  },
  {
    field: { id: 'f', type: 'radio', label: 'F', options },
    valid: ['a', 'c'],
    invalid: [['z', 'option'], [1, 'type'], [['a'], 'type']],
  },
  {
    field: { id: 'f', type: 'select', label: 'F', options },
    valid: ['b'],
    invalid: [['A', 'option']],
  },
  {
    field: { id: 'f', type: 'checkbox', label: 'F', options, minSelected: 2, maxSelected: 2 },
    valid: [['a', 'b'], ['c', 'a']],
    invalid: [[['a'], 'minSelected'], [['a', 'b', 'c'], 'maxSelected'], [['a', 'z'], 'option'], [['a', 'a'], 'duplicate'], ['a', 'type'], [[1, 2], 'option']],
  },
  {
    field: { id: 'f', type: 'multiselect', label: 'F', options },
    valid: [['a'], ['a', 'b', 'c']],
    invalid: [[['b', 'b'], 'duplicate']],
  },
  {
    field: { id: 'f', type: 'member', label: 'F' },
    valid: ['u_1'],
    invalid: [[['u_1'], 'type'], [7, 'type'], ['u'.repeat(129), 'maxLength']],
  },
  {
    field: { id: 'f', type: 'members', label: 'F' },
    valid: [['u_1', 'u_2']],
    invalid: [['u_1', 'type'], [['u_1', 'u_1'], 'duplicate'], [[''], 'type'], [[3], 'type']],
  },
  {
    field: { id: 'f', type: 'department', label: 'F' },
    valid: ['d_1'],
    invalid: [[{ id: 'd_1' }, 'type']],
  },
  {
    field: { id: 'f', type: 'departments', label: 'F' },
    valid: [['d_1']],
    invalid: [[['d_1', 'd_1'], 'duplicate']],
  },
  {
    field: { id: 'f', type: 'link', label: 'F', formId: 'form_x', displayField: 'f_name' },
    valid: ['rec_1'],
    invalid: [[42, 'type']],
  },
  {
    field: { id: 'f', type: 'address', label: 'F' },
    valid: [{ province: '广东省', city: '深圳市' }, { detail: '科技园' }],
    invalid: [['广东省', 'type'], [{ province: 1 }, 'type'], [{ street: 'x' }, 'type'], [{ detail: 'x'.repeat(1001) }, 'maxLength'], [['广东省'], 'type']],
  },
  {
    field: { id: 'f', type: 'location', label: 'F' },
    valid: [{ lat: 22.54, lng: 113.95 }, { lat: -90, lng: 180, address: '某处' }],
    invalid: [[{ lat: 91, lng: 0 }, 'type'], [{ lat: 0 }, 'type'], [{ lat: 0, lng: 0, alt: 3 }, 'type'], ['22,113', 'type']],
  },
  {
    field: { id: 'f', type: 'image', label: 'F', maxFiles: 2, maxSizeMB: 1, accept: ['image/*'] },
    valid: [[file], [file, { ...file, fileId: 'file_9' }]],
    invalid: [[[file, file, file], 'maxFiles'], [[{ ...file, size: 2 * 1024 * 1024 }], 'fileSize'], [[pdf], 'fileType'], [[{ fileId: 'x' }], 'type'], [file, 'type'], [[{ ...file, extra: 1 }], 'type']],
  },
  {
    field: { id: 'f', type: 'attachment', label: 'F', accept: ['.pdf'] },
    valid: [[pdf]],
    invalid: [[[file], 'fileType']],
  },
  {
    field: { id: 'f', type: 'signature', label: 'F' },
    valid: [[file]],
    invalid: [[[file, { ...file, fileId: 'file_3' }], 'maxFiles']],
  },
];

const ctx = testContext('en');

function codesOf(field: FieldDefinition, value: unknown): string[] {
  const form = compileForm(formOf([field]));
  return form.validateRecord({ f: value }, ctx).map((error) => error.code);
}

describe('field validation', () => {
  describe.each(cases)('$field.type $field.id', ({ field, valid, invalid }) => {
    it.each(valid.map((value) => [value]))('accepts %j', (value) => {
      const form = compileForm(formOf([field]));
      expect(form.validateRecord({ f: value }, ctx)).toEqual([]);
      expect(form.evaluate({ f: value }, ctx).errors).toEqual([]);
      expect(form.validateRecordShape({ f: value })).toBe(true);
    });

    it.each(invalid.map(([value, code]) => [value, code]))('rejects %j with %s', (value, code) => {
      const form = compileForm(formOf([field]));
      const errors = form.validateRecord({ f: value }, ctx);
      expect(errors.map((error) => [error.code, error.pointer, error.fieldId])).toEqual([[code, '/f', 'f']]);
      expect(form.evaluate({ f: value }, ctx).errors.map((error) => error.code)).toEqual([code]);
      // ajv cannot know accept lists or date bounds; everything else it rejects too.
      if (code !== 'fileType' && !(field.type.startsWith('date') && (code === 'min' || code === 'max'))) {
        expect(form.validateRecordShape({ f: value })).toBe(false);
      }
    });
  });

  it.each([undefined, null, '', '   ', '\u3000'])('treats %j as empty text: fine when optional, "required" when required', (value) => {
    expect(codesOf({ id: 'f', type: 'text', label: 'F' }, value)).toEqual([]);
    expect(codesOf({ id: 'f', type: 'text', label: 'F', required: true }, value)).toEqual(['required']);
  });

  it('counts an address without parts as empty, and 0 as a value', () => {
    expect(codesOf({ id: 'f', type: 'address', label: 'F', required: true }, { province: '', city: null })).toEqual(['required']);
    expect(codesOf({ id: 'f', type: 'address', label: 'F', required: true }, {})).toEqual(['required']);
    expect(codesOf({ id: 'f', type: 'number', label: 'F', required: true }, 0)).toEqual([]);
  });

  it('reads numeric strings as numbers on the server path only', () => {
    const form = compileForm(formOf([{ id: 'f', type: 'money', label: 'F', max: 100 }]));
    expect(form.validateRecord({ f: ' 12.50 ' }, ctx)).toEqual([]);
    expect(form.prepareSubmission({ f: '12.5' }, ctx)).toEqual({ ok: true, data: { f: 12.5 } });
    expect(form.validateRecord({ f: '1e3' }, ctx).map((error) => error.code)).toEqual(['max']);
    expect(form.evaluate({ f: '12.5' }, ctx).errors.map((error) => error.code)).toEqual(['type']);
    expect(form.validateRecord({ f: '12,5' }, ctx).map((error) => error.code)).toEqual(['type']);
  });

  it('skips the bounds of an empty optional multi-choice', () => {
    expect(codesOf({ id: 'f', type: 'checkbox', label: 'F', options, minSelected: 2 }, [])).toEqual([]);
  });

  it('reports one error per field, the first check that fails', () => {
    expect(codesOf({ id: 'f', type: 'text', label: 'F', minLength: 3, pattern: '[0-9]+' }, 'a')).toEqual(['minLength']);
  });

  it('never validates computed fields: formulas, lookups, serials', () => {
    const form = compileForm(
      formOf([
        { id: 'f_l', type: 'lookup', label: 'L', linkField: 'f_k', sourceField: 'x', required: true },
        { id: 'f_k', type: 'link', label: 'K', formId: 'x', displayField: 'y' },
        { id: 'f_s', type: 'serial', label: 'S', parts: [{ kind: 'counter', digits: 4 }], required: true },
        { id: 'f_c', type: 'formula', label: 'C', expression: null, required: true },
      ]),
    );
    expect(form.evaluate({ f_l: { any: 'thing' }, f_s: 12 }, ctx).errors).toEqual([]);
    expect(form.validateRecord({}, ctx)).toEqual([]);
  });
});
