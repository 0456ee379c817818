import { describe, expect, it } from 'vitest';
import type { FieldDefinition, FormSchema } from '../documents/form/FormSchema.js';
import { resolvePointer } from '../documents/JsonPointer.js';
import { exampleForm } from '../documents/testing/exampleForm.js';
import { walkFields, type FieldLocation } from './walkFields.js';

const form: Pick<FormSchema, 'fields'> = {
  fields: [
    { id: 'f_a', type: 'text', label: 'A' },
    {
      id: 'f_s',
      type: 'section',
      label: 'S',
      fields: [
        { id: 'f_b', type: 'number', label: 'B' },
        { id: 'f_rows', type: 'subform', label: 'Rows', fields: [{ id: 'f_c', type: 'text', label: 'C' }] },
      ],
    },
    { id: 'f_d', type: 'date', label: 'D' },
  ],
};

describe('walkFields', () => {
  it('visits every field depth first, each container before its children', () => {
    const ids: string[] = [];
    expect(walkFields(form.fields, (field) => void ids.push(field.id))).toBe(true);
    expect(ids).toEqual(['f_a', 'f_s', 'f_b', 'f_rows', 'f_c', 'f_d']);
  });

  it('tells where each field is', () => {
    const seen = new Map<string, FieldLocation>();
    walkFields(form.fields, (field, location) => void seen.set(field.id, location));
    expect(seen.get('f_a')).toEqual({ parent: undefined, subform: undefined, index: 0, pointer: '/fields/0' });
    expect(seen.get('f_b')).toMatchObject({ parent: { id: 'f_s' }, subform: undefined, index: 0, pointer: '/fields/1/fields/0' });
    expect(seen.get('f_c')).toMatchObject({ parent: { id: 'f_rows' }, subform: { id: 'f_rows' }, index: 0, pointer: '/fields/1/fields/1/fields/0' });
    expect(seen.get('f_d')).toMatchObject({ index: 2, pointer: '/fields/2' });
  });

  it('gives pointers that resolve to the field itself', () => {
    walkFields(exampleForm.fields, (field, { pointer }) => {
      expect(resolvePointer(exampleForm, pointer)).toBe(field);
    });
  });

  it('stops when a visitor returns false', () => {
    const ids: string[] = [];
    const finished = walkFields(form.fields, (field: FieldDefinition) => {
      ids.push(field.id);
      return field.id !== 'f_b';
    });
    expect(finished).toBe(false);
    expect(ids).toEqual(['f_a', 'f_s', 'f_b']);
  });
});
