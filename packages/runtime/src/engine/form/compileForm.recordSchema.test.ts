import { describe, expect, it } from 'vitest';
import { compileForm } from './compileForm.js';
import { generatedField, generatedFieldTypes } from './testing/generateForm.js';
import { validValue } from './testing/generateRecord.js';
import { formOf } from './testing/formOf.js';
import { seededRandom } from './testing/seededRandom.js';

const form = compileForm(
  formOf([
    { id: 'f_name', type: 'text', label: 'Name', required: true, minLength: 2, maxLength: 20, pattern: '[A-Z].*' },
    { id: 'f_hint', type: 'text', label: 'Hint', required: true, visibleWhen: { '!!': [{ var: 'f_name' }] } },
    { id: 's_more', type: 'section', label: 'More', visibleWhen: false, fields: [{ id: 'f_inner', type: 'number', label: 'Inner', required: true }] },
    { id: 'f_amount', type: 'money', label: 'Amount', min: 0, max: 1e6 },
    { id: 'f_stage', type: 'radio', label: 'Stage', options: [{ value: 'new', label: 'New' }, { value: 'won', label: 'Won' }] },
    { id: 'f_tags', type: 'checkbox', label: 'Tags', options: [{ value: 'a', label: 'A' }], minSelected: 1, maxSelected: 1 },
    { id: 'f_total', type: 'formula', label: 'Total', resultType: 'number', expression: { var: 'f_amount' } },
    {
      id: 'f_items',
      type: 'subform',
      label: 'Items',
      required: true,
      minRows: 1,
      maxRows: 5,
      fields: [
        { id: 'c_qty', type: 'number', label: 'Qty', required: true, precision: 0 },
        { id: 'c_note', type: 'text', label: 'Note', required: true, visibleWhen: { '>': [{ var: '$row.c_qty' }, 1] } },
      ],
    },
  ]),
);

describe('record JSON Schema', () => {
  const schema = form.recordSchema as {
    $schema: string;
    required: string[];
    additionalProperties: boolean;
    properties: Record<string, Record<string, unknown>>;
  };

  it('is draft 2020-12, keyed by field id, closed to unknown keys', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties)).toEqual(['f_name', 'f_hint', 'f_inner', 'f_amount', 'f_stage', 'f_tags', 'f_total', 'f_items']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('requires only required fields that are always visible', () => {
    expect(schema.required).toEqual(['f_name', 'f_items']);
    expect((schema.properties.f_items?.items as { required: string[] }).required).toEqual(['_id', 'c_qty']);
  });

  it('carries types, bounds, patterns, options and row bounds', () => {
    expect(schema.properties.f_name).toEqual({ title: 'Name', type: 'string', minLength: 2, maxLength: 20, pattern: '^(?:[A-Z].*)$' });
    expect(schema.properties.f_amount).toEqual({ title: 'Amount', type: 'number', minimum: 0, maximum: 1e6, multipleOf: 0.01 });
    expect(schema.properties.f_stage).toMatchObject({ type: 'string', enum: ['new', 'won'] });
    expect(schema.properties.f_tags).toMatchObject({ type: 'array', uniqueItems: true, minItems: 1, maxItems: 1, items: { type: 'string', enum: ['a'] } });
    expect(schema.properties.f_total).toMatchObject({ type: 'number' });
    expect(schema.properties.f_items).toMatchObject({ type: 'array', minItems: 1, maxItems: 5 });
    expect((schema.properties.f_items?.items as { properties: Record<string, unknown> }).properties._id).toEqual({ type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' });
  });

  it('validates records with ajv as the engine does', () => {
    const validate = form.validateRecordShape;
    expect(validate({ f_name: 'Ann', f_items: [{ _id: 'r1', c_qty: 2 }] })).toBe(true);
    expect(validate({ f_name: 'Ann', f_items: [{ _id: 'r1', c_qty: 2 }], f_extra: 1 })).toBe(false);
    expect(validate({ f_name: 'ann', f_items: [{ _id: 'r1', c_qty: 2 }] })).toBe(false);
    expect(validate({ f_name: 'Ann', f_items: [{ c_qty: 2 }] })).toBe(false);
    expect(validate({ f_name: 'Ann', f_items: [{ _id: 'r1', c_qty: 2.5 }] })).toBe(false);
    expect(validate({ f_name: 'Ann', f_amount: 0.1 + 0.2, f_items: [{ _id: 'r1', c_qty: 2 }] })).toBe(true);
    // allErrors: every fault is listed.
    validate({ f_name: 1, f_amount: -1, f_items: [] });
    expect(validate.errors?.map((error) => error.instancePath).sort()).toEqual(['/f_amount', '/f_items', '/f_name']);
  });

  it('compiles choices without options (nothing can be chosen) and repeated option values', () => {
    const odd = compileForm(
      formOf([
        { id: 'f_none', type: 'radio', label: 'None', options: [] },
        { id: 'f_many', type: 'checkbox', label: 'Many', options: [] },
        { id: 'f_twice', type: 'select', label: 'Twice', options: [{ value: 'a', label: 'A' }, { value: 'a', label: 'A again' }] },
      ]),
    );
    expect(odd.validateRecordShape({ f_twice: 'a' })).toBe(true);
    expect(odd.validateRecordShape({ f_none: 'a' })).toBe(false);
    expect(odd.validateRecordShape({ f_many: ['a'] })).toBe(false);
    expect(odd.validateRecord({ f_none: 'a', f_many: ['a'] }, { now: () => 0, locale: 'en' }).map((error) => error.code)).toEqual(['option', 'option']);
  });

  it('accepts a valid value of every field type and compiles in strict mode', () => {
    const random = seededRandom(12);
    const fields = generatedFieldTypes.map((type, index) => generatedField(type, `f_${index}`, true));
    const every = compileForm(formOf(fields));
    const record = Object.fromEntries(fields.map((field) => [field.id, validValue(field, random)]));
    expect(every.validateRecordShape(record), JSON.stringify(every.validateRecordShape.errors)).toBe(true);
    expect(every.validateRecord(record, { now: () => 0, locale: 'en' })).toEqual([]);
  });
});
