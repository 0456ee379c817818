import { describe, expect, it } from 'vitest';
import { compileForm } from './compileForm.js';
import { formOf, testContext } from './testing/formOf.js';

const ctx = testContext('en');

const form = compileForm(
  formOf([
    { id: 'f_type', type: 'radio', label: 'Type', options: [{ value: 'company', label: 'Company' }, { value: 'person', label: 'Person' }] },
    { id: 'f_company', type: 'text', label: 'Company name', required: true, visibleWhen: { '==': [{ var: 'f_type' }, 'company'] } },
    {
      id: 's_billing',
      type: 'section',
      label: 'Billing',
      visibleWhen: { '==': [{ var: 'f_type' }, 'company'] },
      fields: [
        { id: 'f_tax', type: 'text', label: 'Tax id', required: true },
        { id: 'f_bank', type: 'text', label: 'Bank', visibleWhen: { '!!': [{ var: 'f_tax' }] } },
      ],
    },
    {
      id: 'f_items',
      type: 'subform',
      label: 'Items',
      fields: [
        { id: 'c_kind', type: 'select', label: 'Kind', options: [{ value: 'goods', label: 'Goods' }, { value: 'service', label: 'Service' }] },
        { id: 'c_weight', type: 'number', label: 'Weight', required: true, visibleWhen: { '==': [{ var: '$row.c_kind' }, 'goods'] } },
      ],
    },
    { id: 'f_total_weight', type: 'formula', label: 'Total weight', resultType: 'number', expression: { sum_of: [{ var: 'f_items' }, 'c_weight'] } },
    { id: 'f_hidden_note', type: 'text', label: 'Note', visibleWhen: false },
    { id: 'f_uses_note', type: 'formula', label: 'Uses note', resultType: 'text', expression: { if: [{ var: 'f_hidden_note' }, 'seen', 'absent'] } },
  ]),
);

describe('visibility', () => {
  it('shows a field while its condition holds, and requires it only then', () => {
    const hidden = form.evaluate({ f_type: 'person' }, ctx);
    expect(hidden.visible.has('/f_company')).toBe(false);
    expect(hidden.errors.map((error) => error.pointer)).toEqual([]);

    const shown = form.evaluate({ f_type: 'company' }, ctx);
    expect(shown.visible.has('/f_company')).toBe(true);
    expect(shown.errors.map((error) => [error.pointer, error.code])).toEqual([
      ['/f_company', 'required'],
      ['/f_tax', 'required'],
    ]);
  });

  it('hides every field of a hidden section, whatever their own conditions', () => {
    const result = form.evaluate({ f_type: 'person', f_tax: 'T-1', f_bank: 'ICBC' }, ctx);
    expect(result.visible.has('/f_tax')).toBe(false);
    expect(result.visible.has('/f_bank')).toBe(false);
    const shown = form.evaluate({ f_type: 'company', f_tax: 'T-1' }, ctx);
    expect(shown.visible.has('/f_tax')).toBe(true);
    expect(shown.visible.has('/f_bank')).toBe(true);
  });

  it('decides subform column visibility row by row', () => {
    const result = form.evaluate({ f_items: [{ _id: 'r1', c_kind: 'goods' }, { _id: 'r2', c_kind: 'service' }] }, ctx);
    expect(result.visible.has('/f_items/0/c_weight')).toBe(true);
    expect(result.visible.has('/f_items/1/c_weight')).toBe(false);
    expect(result.visible.has('/f_items/1/c_kind')).toBe(true);
    expect(result.errors.map((error) => error.pointer)).toEqual(['/f_items/0/c_weight']);
  });

  it('lets rules read a hidden field as absent, cell by cell too', () => {
    const result = form.evaluate(
      { f_hidden_note: 'typed before hiding', f_items: [{ _id: 'r1', c_kind: 'goods', c_weight: 2 }, { _id: 'r2', c_kind: 'service', c_weight: 5 }] },
      ctx,
    );
    expect(result.values.f_uses_note).toBe('absent');
    expect(result.values.f_total_weight).toBe(2);
    // The renderer keeps what was typed, so that showing the field again brings it back.
    expect(result.values.f_hidden_note).toBe('typed before hiding');
  });

  it('drops hidden values on submit and does not validate them', () => {
    const result = form.prepareSubmission(
      {
        f_type: 'person',
        f_company: 12345,
        f_tax: ['not', 'text'],
        f_hidden_note: 'x',
        f_items: [{ _id: 'r1', c_kind: 'service', c_weight: 'heavy' }],
      },
      ctx,
    );
    expect(result).toEqual({
      ok: true,
      data: { f_type: 'person', f_items: [{ _id: 'r1', c_kind: 'service' }], f_total_weight: 0, f_uses_note: 'absent' },
    });
  });

  it('hides a whole subform, its cells and their errors', () => {
    const gated = compileForm(
      formOf([
        { id: 'f_on', type: 'checkbox', label: 'On', options: [{ value: 'yes', label: 'Yes' }] },
        {
          id: 'f_rows',
          type: 'subform',
          label: 'Rows',
          minRows: 1,
          visibleWhen: { in: ['yes', { var: 'f_on' }] },
          fields: [{ id: 'c_x', type: 'number', label: 'X', required: true }],
        },
      ]),
    );
    const off = gated.evaluate({ f_rows: [{ _id: 'r1' }] }, ctx);
    expect([...off.visible]).toEqual(['/f_on']);
    expect(off.errors).toEqual([]);
    const on = gated.evaluate({ f_on: ['yes'], f_rows: [{ _id: 'r1' }] }, ctx);
    expect([...on.visible]).toEqual(['/f_on', '/f_rows', '/f_rows/0/c_x']);
    expect(on.errors.map((error) => error.pointer)).toEqual(['/f_rows/0/c_x']);
    expect(gated.prepareSubmission({ f_rows: [{ _id: 'r1', c_x: 1 }] }, ctx)).toEqual({ ok: true, data: {} });
  });

  it('never lists conditionally visible fields as required in the record schema', () => {
    const schema = form.recordSchema as { required?: string[]; properties: Record<string, { items?: { required?: string[] } }> };
    expect(schema.required ?? []).not.toContain('f_company');
    expect(schema.required ?? []).not.toContain('f_tax');
    expect(schema.properties.f_items?.items?.required).toEqual(['_id']);
  });
});
