import type { FormSchema } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { insertionTarget } from './insertionTarget.js';

const schema: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Quote',
  fields: [
    { id: 'f_customer', type: 'text', label: 'Customer' },
    { id: 'f_items', type: 'subform', label: 'Items', fields: [] },
    { id: 'f_more', type: 'section', label: 'More', fields: [{ id: 'f_note', type: 'textarea', label: 'Note' }] },
    { id: 'f_lines', type: 'subform', label: 'Lines', fields: [{ id: 'f_qty', type: 'number', label: 'Qty' }, { id: 'f_price', type: 'money', label: 'Price' }] },
  ],
};

describe('where a palette click adds a field', () => {
  it('at the end of the form when nothing is selected', () => {
    expect(insertionTarget(schema, null, 'text')).toEqual({});
  });

  it('right after a selected plain field, in its list', () => {
    expect(insertionTarget(schema, 'f_customer', 'text')).toEqual({ index: 1 });
    expect(insertionTarget(schema, 'f_qty', 'text')).toEqual({ parentId: 'f_lines', index: 1 });
  });

  it('inside a selected empty subform, and at the end of one with columns', () => {
    expect(insertionTarget(schema, 'f_items', 'number')).toEqual({ parentId: 'f_items' });
    expect(insertionTarget(schema, 'f_lines', 'text')).toEqual({ parentId: 'f_lines' });
  });

  it('after a selected subform when the new field cannot go in it (a section or a subform)', () => {
    expect(insertionTarget(schema, 'f_items', 'section')).toEqual({ index: 2 });
    expect(insertionTarget(schema, 'f_items', 'subform')).toEqual({ index: 2 });
    expect(insertionTarget(schema, 'f_price', 'subform')).toEqual({ index: 4 });
  });

  it('inside a selected section, except another section, which goes after it', () => {
    expect(insertionTarget(schema, 'f_more', 'subform')).toEqual({ parentId: 'f_more' });
    expect(insertionTarget(schema, 'f_more', 'section')).toEqual({ index: 3 });
  });
});
