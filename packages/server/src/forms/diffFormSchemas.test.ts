import { describe, expect, it } from 'vitest';
import { sampleFormSchema } from '../testing/sampleFormSchema.js';
import { diffFormSchemas, hasFieldChanges } from './diffFormSchemas.js';

describe('diffFormSchemas', () => {
  it('reports every field as added on the first publish', () => {
    expect(diffFormSchemas(null, sampleFormSchema())).toEqual({ added: ['f_name', 'f_amount'], removed: [], retyped: [], moved: [] });
  });

  it('compares by id, so a renamed label is no change at all', () => {
    const before = sampleFormSchema();
    const after = sampleFormSchema({ fields: [{ id: 'f_name', type: 'text', label: 'Full name' }, { id: 'f_amount', type: 'number', label: '金额' }] });
    expect(hasFieldChanges(diffFormSchemas(before, after))).toBe(false);
  });

  it('finds removed, retyped and added fields, looking through sections', () => {
    const before = sampleFormSchema();
    const after = sampleFormSchema({
      fields: [
        { id: 's_main', type: 'section', label: 'Main', fields: [{ id: 'f_amount', type: 'money', label: 'Amount' }] },
        { id: 'd_note', type: 'description', label: 'Note', content: 'Read me' },
        { id: 'f_date', type: 'date', label: 'Date' },
      ],
    });
    expect(diffFormSchemas(before, after)).toEqual({
      added: ['f_date'],
      removed: ['f_name'],
      retyped: [{ fieldId: 'f_amount', from: 'number', to: 'money' }],
      moved: [],
    });
  });

  it('reports a field moved into a subform', () => {
    const before = sampleFormSchema();
    const after = sampleFormSchema({
      fields: [
        { id: 'f_name', type: 'text', label: 'Name' },
        { id: 'f_items', type: 'subform', label: 'Items', fields: [{ id: 'f_amount', type: 'number', label: 'Amount' }] },
      ],
    });
    expect(diffFormSchemas(before, after)).toMatchObject({ added: ['f_items'], moved: [{ fieldId: 'f_amount', from: null, to: 'f_items' }] });
  });
});
