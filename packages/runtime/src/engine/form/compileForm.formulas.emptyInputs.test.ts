import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../documents/form/FormSchema.js';
import { compileForm } from './compileForm.js';
import { readEmptyNumbersAsZero } from './readEmptyNumbersAsZero.js';
import { formOf, testContext } from './testing/formOf.js';

const ctx = testContext('en');

const months: FieldDefinition[] = Array.from({ length: 12 }, (_, month) => ({ id: `f_m${month + 1}`, type: 'number', label: `Month ${month + 1}` }));

const form = compileForm(
  formOf([
    ...months,
    { id: 'f_year', type: 'formula', label: 'Year', resultType: 'number', expression: { '+': months.map((month) => ({ var: month.id })) } },
    { id: 'f_price', type: 'money', label: 'Price' },
    { id: 'f_qty', type: 'number', label: 'Qty' },
    { id: 'f_name', type: 'text', label: 'Name' },
    { id: 'f_amount', type: 'formula', label: 'Amount', resultType: 'number', precision: 2, expression: { '*': [{ var: 'f_price' }, { var: 'f_qty' }] } },
    { id: 'f_per', type: 'formula', label: 'Price per item', resultType: 'number', expression: { '/': [{ var: 'f_price' }, { var: 'f_qty' }] } },
    { id: 'f_shipping', type: 'money', label: 'Shipping' },
    { id: 'f_gross', type: 'formula', label: 'Gross', resultType: 'number', expression: { '+': [{ var: 'f_amount' }, { var: 'f_shipping' }] } },
    { id: 'f_rounded', type: 'formula', label: 'Rounded', resultType: 'number', expression: { round: [{ '-': [{ var: 'f_price' }, { var: 'f_qty' }] }, 1] } },
    { id: 'f_label', type: 'formula', label: 'Label', resultType: 'text', expression: { cat: [{ var: 'f_name' }, ' ', { var: 'f_qty' }] } },
    {
      id: 'f_items',
      type: 'subform',
      label: 'Items',
      fields: [
        { id: 'c_qty', type: 'number', label: 'Qty' },
        { id: 'c_price', type: 'money', label: 'Price' },
        { id: 'c_total', type: 'formula', label: 'Line total', resultType: 'number', expression: { '*': [{ var: '$row.c_qty' }, { var: '$row.c_price' }] } },
      ],
    },
    { id: 'f_grand', type: 'formula', label: 'Grand total', resultType: 'number', expression: { '+': [{ sum_of: [{ var: 'f_items' }, 'c_total'] }, { var: 'f_qty' }] } },
  ]),
);

describe('calculated fields over empty number inputs', () => {
  it('count an empty number as 0: a sum over twelve months shows the months filled so far', () => {
    const { values } = form.evaluate({ f_m1: 10, f_m2: 5.5, f_m7: -1 }, ctx);
    expect(values.f_year).toBe(14.5);
  });

  it('count an empty number as 0 in products and differences too', () => {
    const { values } = form.evaluate({ f_price: 12.5 }, ctx);
    expect(values.f_amount).toBe(0);
    expect(values.f_rounded).toBe(12.5);
  });

  it('stay blank while every input is empty, instead of storing a 0 nobody entered', () => {
    const { values, errors } = form.evaluate({}, ctx);
    expect(values).not.toHaveProperty('f_year');
    expect(values).not.toHaveProperty('f_amount');
    expect(values).not.toHaveProperty('f_per');
    expect(values).not.toHaveProperty('f_gross');
    expect(values).not.toHaveProperty('f_rounded');
    expect(errors).toEqual([]);
  });

  it('read a blank calculated field as 0 in a calculation over it', () => {
    expect(form.evaluate({ f_price: 2, f_qty: 3, f_shipping: 5 }, ctx).values.f_gross).toBe(11);
    const { values } = form.evaluate({ f_shipping: 5 }, ctx);
    expect(values).not.toHaveProperty('f_amount');
    expect(values.f_gross).toBe(5);
  });

  it('refuse a division by an empty divisor as a division by 0, as before empty inputs counted as 0', () => {
    const { values, errors } = form.evaluate({ f_price: 12.5 }, ctx);
    expect(values.f_per).toBe(Number.POSITIVE_INFINITY);
    expect(errors.map((error) => [error.pointer, error.code])).toEqual([['/f_per', 'overflow']]);
    expect(form.evaluate({ f_qty: 4 }, ctx).values.f_per).toBe(0);
  });

  it('still refuse a division by a zero someone typed', () => {
    const { values, errors } = form.evaluate({ f_price: 3, f_qty: 0 }, ctx);
    expect(values.f_per).toBe(Number.POSITIVE_INFINITY);
    expect(errors.map((error) => [error.pointer, error.code])).toEqual([['/f_per', 'overflow']]);
  });

  it('leave an empty number empty in text: no 0 that nobody typed', () => {
    expect(form.evaluate({ f_name: 'Bolts' }, ctx).values.f_label).toBe('Bolts ');
    expect(form.evaluate({ f_name: 'Bolts', f_qty: 4 }, ctx).values.f_label).toBe('Bolts 4');
  });

  it('count an empty cell of the same row as 0, and an aggregate with a number', () => {
    const { values } = form.evaluate({ f_items: [{ _id: 'r1', c_qty: 2 }, { _id: 'r2', c_qty: 3, c_price: 4 }, { _id: 'r3' }] }, ctx);
    expect(values.f_items).toEqual([
      { _id: 'r1', c_qty: 2, c_total: 0 },
      { _id: 'r2', c_qty: 3, c_price: 4, c_total: 12 },
      { _id: 'r3' },
    ]);
    expect(values.f_grand).toBe(12);
  });

  it('are recomputed the same way as the user fills the form in a session', () => {
    const session = form.createSession({}, ctx);
    expect(session.getValue('/f_year')).toBeUndefined();
    session.setValue('/f_m3', 7);
    expect(session.getValue('/f_year')).toBe(7);
    session.setValue('/f_m4', 8);
    expect(session.getValue('/f_year')).toBe(15);
    session.setValue('/f_m3', undefined);
    session.setValue('/f_m4', undefined);
    expect(session.getValue('/f_year')).toBeUndefined();
  });

  it('are computed by the server the same way on submission', () => {
    const submitted = form.prepareSubmission({ f_m1: 1, f_m12: 2 }, ctx);
    expect(submitted.ok && submitted.data.f_year).toBe(3);
  });
});

describe('readEmptyNumbersAsZero', () => {
  const numbers = (path: string): boolean => path !== 'f_text';

  it('wraps number reads of arithmetic only, and leaves the expression itself when there is nothing to wrap', () => {
    const plain = { cat: [{ var: 'f_a' }, { var: 'f_text' }] };
    expect(readEmptyNumbersAsZero(plain, numbers)).toBe(plain);
    expect(readEmptyNumbersAsZero({ '+': [{ var: 'f_a' }, { var: 'f_text' }, 1] }, numbers)).toEqual({ '+': [{ coalesce: [{ var: 'f_a' }, 0] }, { var: 'f_text' }, 1] });
  });

  it('keeps a var with its own default, reads inside per-element logic and aggregate row filters', () => {
    const rule = {
      '+': [
        { var: ['f_a', 5] },
        { reduce: [{ var: 'f_list' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, { '+': [{ var: 'f_b' }] }] },
        { sum_of: [{ var: 'f_items' }, 'c_x', { '>': [{ '+': [{ var: '$row.c_x' }] }, 1] }] },
      ],
    };
    expect(readEmptyNumbersAsZero(rule, numbers)).toEqual({
      '+': [
        { var: ['f_a', 5] },
        { reduce: [{ var: 'f_list' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, { '+': [{ coalesce: [{ var: 'f_b' }, 0] }] }] },
        { sum_of: [{ var: 'f_items' }, 'c_x', { '>': [{ '+': [{ var: '$row.c_x' }] }, 1] }] },
      ],
    });
  });
});
