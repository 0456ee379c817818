import { describe, expect, it } from 'vitest';
import type { FormSchema } from '../documents/form/FormSchema.js';
import { compileForm } from './compileForm.js';
import { restrictedFieldsOf, schemaForRole } from './restrictedFieldsOf.js';

const form = (fields: FormSchema['settings']): FormSchema => ({
  kind: 'form',
  schemaVersion: 1,
  title: 'Visits',
  fields: [
    { id: 'f_customer', type: 'text', label: 'Customer' },
    { id: 's_money', type: 'section', label: 'Money', fields: [{ id: 'f_cost', type: 'number', label: 'Cost' }, { id: 'f_price', type: 'number', label: 'Price' }] },
    { id: 'f_margin', type: 'formula', label: 'Margin', resultType: 'number', expression: { '-': [{ var: 'f_price' }, { var: 'f_cost' }] } },
    { id: 'f_rate', type: 'formula', label: 'Rate', resultType: 'number', expression: { '/': [{ var: 'f_margin' }, 2] } },
    { id: 'f_items', type: 'subform', label: 'Items', fields: [{ id: 'f_share', type: 'formula', label: 'Share', resultType: 'number', expression: { '*': [{ var: 'f_cost' }, 0.1] } }] },
    { id: 'f_note', type: 'text', label: 'Note', visibleWhen: { '>': [{ var: 'f_cost' }, 10] } },
  ],
  ...(fields ? { settings: fields } : {}),
});

describe('restrictedFieldsOf', () => {
  it('hides what is computed from a hidden field, through formulas of formulas and subform columns, but not what a visibility rule reads', () => {
    const compiled = compileForm(form({ access: { fields: { member: { f_cost: 'hidden', f_customer: 'read' } } } }));
    const member = restrictedFieldsOf(compiled, 'member');
    expect([...member.hidden].sort()).toEqual(['f_cost', 'f_items', 'f_margin', 'f_rate']);
    expect([...member.locked].sort()).toEqual(['f_cost', 'f_customer', 'f_items', 'f_margin', 'f_rate']);
    expect(restrictedFieldsOf(compiled, 'admin').locked.size).toBe(0);
    expect(restrictedFieldsOf(compiled, 'manager').locked.size).toBe(0);
  });

  it('gives the form as the role fills it in: hidden fields never shown, read-only ones read-only, inside sections too', () => {
    const compiled = compileForm(form({ access: { fields: { member: { f_cost: 'hidden', f_price: 'read' } } } }));
    const schema = schemaForRole(compiled, 'member');
    const section = schema.fields[1];
    expect(section?.type === 'section' ? section.fields.map((field) => [field.id, field.visibleWhen, field.readOnly]) : []).toEqual([
      ['f_cost', false, undefined],
      ['f_price', undefined, true],
    ]);
    expect(schema.fields.find((field) => field.id === 'f_margin')?.visibleWhen).toBe(false);
    expect(schemaForRole(compiled, 'admin')).toBe(compiled.schema);
    expect(compileForm(schema).evaluate({ f_price: 5 }, { now: () => 0, locale: 'en' }).visible.has('/f_cost')).toBe(false);
  });
});
