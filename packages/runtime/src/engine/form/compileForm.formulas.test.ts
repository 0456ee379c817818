import { describe, expect, it } from 'vitest';
import { compileForm } from './compileForm.js';
import { formOf, testContext } from './testing/formOf.js';

const ctx = testContext('en');

const order = compileForm(
  formOf([
    { id: 'f_price', type: 'money', label: 'Price' },
    { id: 'f_qty', type: 'number', label: 'Qty' },
    { id: 'f_amount', type: 'formula', label: 'Amount', resultType: 'number', precision: 2, expression: { '*': [{ var: 'f_price' }, { var: 'f_qty' }] } },
    { id: 'f_tax', type: 'formula', label: 'Tax', resultType: 'number', precision: 2, expression: { '*': [{ var: 'f_amount' }, 0.13] } },
    { id: 'f_gross', type: 'formula', label: 'Gross', resultType: 'number', precision: 2, expression: { '+': [{ var: 'f_amount' }, { var: 'f_tax' }] } },
    {
      id: 'f_items',
      type: 'subform',
      label: 'Items',
      fields: [
        { id: 'c_qty', type: 'number', label: 'Qty' },
        { id: 'c_price', type: 'money', label: 'Price' },
        { id: 'c_total', type: 'formula', label: 'Line total', resultType: 'number', precision: 2, expression: { '*': [{ var: '$row.c_qty' }, { var: '$row.c_price' }] } },
        { id: 'c_share', type: 'formula', label: 'Share', resultType: 'number', precision: 4, expression: { '/': [{ var: '$row.c_total' }, { var: 'f_items_total' }] } },
      ],
    },
    { id: 'f_items_total', type: 'formula', label: 'Items total', resultType: 'number', expression: { sum_of: [{ var: 'f_items' }, 'c_total'] } },
  ]),
);

describe('formulas', () => {
  it('computes chains in dependency order, whatever the field order', () => {
    const { values } = order.evaluate({ f_price: 10, f_qty: 3 }, ctx);
    expect(values).toMatchObject({ f_amount: 30, f_tax: 3.9, f_gross: 33.9 });
  });

  it('ignores what the client sent for a formula field', () => {
    expect(order.evaluate({ f_price: 10, f_qty: 3, f_amount: 999, f_gross: 'hacked' }, ctx).values).toMatchObject({ f_amount: 30, f_gross: 33.9 });
    const submitted = order.prepareSubmission({ f_price: 10, f_qty: 3, f_amount: 999 }, ctx);
    expect(submitted.ok && submitted.data.f_amount).toBe(30);
  });

  it('computes row formulas per row with $row, and aggregates over them', () => {
    const { values } = order.evaluate(
      {
        f_items: [
          { _id: 'r1', c_qty: 2, c_price: 1.5, c_total: 0 },
          { _id: 'r2', c_qty: 1, c_price: 7 },
        ],
      },
      ctx,
    );
    expect(values.f_items).toEqual([
      { _id: 'r1', c_qty: 2, c_price: 1.5, c_total: 3, c_share: 0.3 },
      { _id: 'r2', c_qty: 1, c_price: 7, c_total: 7, c_share: 0.7 },
    ]);
    expect(values.f_items_total).toBe(10);
  });

  it('updates an aggregate when one row changes in a session, and each row reads the new total', () => {
    const session = order.createSession({ f_items: [{ _id: 'r1', c_qty: 2, c_price: 1.5 }, { _id: 'r2', c_qty: 1, c_price: 7 }] }, ctx);
    const changed = session.setValue('/f_items/1/c_price', 17);
    expect(session.getValue('/f_items_total')).toBe(20);
    expect(session.getValue('/f_items/0/c_share')).toBe(0.15);
    expect(session.getValue('/f_items/1/c_share')).toBe(0.85);
    expect([...changed].sort()).toEqual(['/f_items/0/c_share', '/f_items/1/c_price', '/f_items/1/c_share', '/f_items/1/c_total', '/f_items_total']);
  });

  it('rounds numbers to the formula precision as a person would (1.005 → 1.01)', () => {
    expect(order.evaluate({ f_price: 1.005, f_qty: 1 }, ctx).values.f_amount).toBe(1.01);
    expect(order.evaluate({ f_price: 0.1, f_qty: 3 }, ctx).values.f_amount).toBe(0.3);
  });

  it('stores only values of the result type; nothing usable is absent', () => {
    const typed = compileForm(
      formOf([
        { id: 'f_x', type: 'number', label: 'X' },
        { id: 'f_num', type: 'formula', label: 'N', resultType: 'number', expression: { '/': [1, { var: 'f_x' }] } },
        { id: 'f_text', type: 'formula', label: 'T', resultType: 'text', expression: { '+': [{ var: 'f_x' }, 1] } },
        { id: 'f_date', type: 'formula', label: 'D', resultType: 'date', expression: { date_add: ['2024-01-31', { var: 'f_x' }, 'month'] } },
        { id: 'f_bool', type: 'formula', label: 'B', resultType: 'boolean', expression: { var: 'f_x' } },
        { id: 'f_list', type: 'formula', label: 'L', expression: { merge: [[1], [2]] } },
      ]),
    );
    expect(typed.evaluate({ f_x: 1 }, ctx).values).toEqual({ f_x: 1, f_num: 1, f_text: '2', f_date: '2024-02-29', f_bool: true });
    // 1/0 is Infinity: kept, so that the field's check refuses it instead of storing nothing.
    const divided = typed.evaluate({ f_x: 0 }, ctx);
    expect(divided.values).toEqual({ f_x: 0, f_num: Number.POSITIVE_INFINITY, f_text: '1', f_date: '2024-01-31', f_bool: false });
    expect(divided.errors.map((error) => [error.pointer, error.code])).toEqual([['/f_num', 'overflow']]);
  });

  it('reads today and now from the context clock and time zone', () => {
    const dated = compileForm(
      formOf([
        { id: 'f_today', type: 'formula', label: 'Today', resultType: 'date', expression: { today: [] } },
        { id: 'f_next', type: 'formula', label: 'Next', resultType: 'date', expression: { date_add: [{ today: [] }, 1, 'day'] } },
      ]),
    );
    // 2024-05-01T02:30Z is 10:30 in Shanghai, still 2024-04-30 in Los Angeles.
    expect(dated.evaluate({}, ctx).values).toEqual({ f_today: '2024-05-01', f_next: '2024-05-02' });
    expect(dated.evaluate({}, testContext('en', { timeZone: 'America/Los_Angeles' })).values).toEqual({ f_today: '2024-04-30', f_next: '2024-05-01' });
  });

  it('leaves a formula absent when its rule fails at run time', () => {
    const dated = compileForm(formOf([{ id: 'f_today', type: 'formula', label: 'Today', resultType: 'date', expression: { today: [] } }]));
    expect(dated.evaluate({}, testContext('en', { timeZone: 'Mars/Olympus' })).values).toEqual({});
  });
});
