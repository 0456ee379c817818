import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRule } from './compileRule.js';
import { evaluateRule } from './evaluateRule.js';
import { RuleError } from './RuleError.js';

const order = {
  f_region: 'east',
  f_min_qty: 2,
  f_items: [
    { _id: 'r1', f_product: 'pen', f_qty: 3, f_price: 0.1, f_region: 'east' },
    { _id: 'r2', f_product: 'ink', f_qty: 1, f_price: 0.2, f_region: 'west' },
    { _id: 'r3', f_product: 'pad', f_qty: 5, f_price: '2.5', f_region: 'east' },
    { _id: 'r4', f_product: 'box', f_qty: null, f_price: '', f_region: 'east' },
    { _id: 'r5', f_product: 'tag', f_qty: 'n/a', f_region: 'west' },
  ],
};

const items = { var: 'f_items' };

describe('sum_of, avg_of, min_of, max_of', () => {
  it.each([
    [{ sum_of: [items, 'f_qty'] }, 9],
    [{ sum_of: [items, 'f_price'] }, 2.8],
    [{ avg_of: [items, 'f_qty'] }, 3],
    [{ min_of: [items, 'f_qty'] }, 1],
    [{ max_of: [items, 'f_price'] }, 2.5],
  ])('%j is %j (empty and non-numeric cells skipped, numeric text read)', (rule, expected) => {
    expect(evaluateRule(rule, order)).toBe(expected);
  });

  it('adds money without visible float error', () => {
    expect(evaluateRule({ sum_of: [items, 'f_price'] }, { f_items: [{ f_price: 0.1 }, { f_price: 0.2 }] })).toBe(0.3);
    const cents = Array.from({ length: 1000 }, () => ({ f_price: 0.01 }));
    expect(evaluateRule({ sum_of: [items, 'f_price'] }, { f_items: cents })).toBe(10);
  });

  it('adds any list of amounts in cents to the exact decimal total', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { maxLength: 60 }), (amounts) => {
        const rows = amounts.map((cents) => ({ f_amount: cents / 100 }));
        const total = amounts.reduce((sum, cents) => sum + cents, 0);
        expect(evaluateRule({ sum_of: [items, 'f_amount'] }, { f_items: rows })).toBe(total / 100 || 0);
      }),
    );
  });

  it('gives 0 for a sum and null for avg/min/max over no numbers', () => {
    for (const rows of [[], null, undefined, 'x', [{ f_qty: '' }, { f_qty: null }]]) {
      const data = { f_items: rows };
      expect(evaluateRule({ sum_of: [items, 'f_qty'] }, data)).toBe(0);
      expect(evaluateRule({ avg_of: [items, 'f_qty'] }, data)).toBeNull();
      expect(evaluateRule({ min_of: [items, 'f_qty'] }, data)).toBeNull();
      expect(evaluateRule({ max_of: [items, 'f_qty'] }, data)).toBeNull();
    }
  });

  it('skips rows that are not objects and reads own cells only', () => {
    const rows: unknown[] = [null, 3, 'row', [1], { f_qty: 2 }, { toString: 5 }];
    const data = { f_items: rows };
    expect(evaluateRule({ sum_of: [items, 'f_qty'] }, data)).toBe(2);
    expect(evaluateRule({ count_of: [items, 'f_qty'] }, data)).toBe(1);
  });
});

describe('aggregate filters', () => {
  it('binds $row to each row, on top of the record', () => {
    const eastQty = { sum_of: [items, 'f_qty', { '==': [{ var: '$row.f_region' }, 'east'] }] };
    expect(evaluateRule(eastQty, order)).toBe(8);
    const sameRegionAsOrder = { sum_of: [items, 'f_qty', { '==': [{ var: '$row.f_region' }, { var: 'f_region' }] }] };
    expect(evaluateRule(sameRegionAsOrder, order)).toBe(8);
    const bigRows = { count_of: [items, null, { '>=': [{ var: '$row.f_qty' }, { var: 'f_min_qty' }] }] };
    expect(evaluateRule(bigRows, order)).toBe(2);
  });

  it('shadows the caller’s $row inside the filter, and leaves it alone outside', () => {
    // A subform column's rule runs with {...record, $row: currentRow}.
    const rule = {
      '+': [{ var: '$row.f_qty' }, { count_of: [items, null, { '>': [{ var: '$row.f_qty' }, { var: '$row.f_qty' }] }] }],
    };
    const rowScoped = { ...order, $row: order.f_items[0] };
    expect(evaluateRule(rule, rowScoped)).toBe(3);
    const others = { count_of: [items, null, { '!=': [{ var: '$row._id' }, 'r1'] }] };
    expect(evaluateRule(others, rowScoped)).toBe(4);
    expect(rowScoped.$row).toBe(order.f_items[0]);
  });

  it('treats an explicit null filter as no filter, and counts rows matching a filter', () => {
    expect(evaluateRule({ count_of: [items, null, null] }, order)).toBe(5);
    expect(evaluateRule({ count_of: [items] }, order)).toBe(5);
    expect(evaluateRule({ count_of: [items, 'f_price'] }, order)).toBe(3);
    expect(evaluateRule({ count_of: [items, null, false] }, order)).toBe(0);
  });

  it('filters with data that is not a record', () => {
    expect(evaluateRule({ count_of: [{ var: '' }, null, { '>': [{ var: '$row' }, 1] }] }, [1, 2, 3])).toBe(2);
  });
});

describe('aggregate arguments', () => {
  it.each([
    [{ sum_of: [items] }],
    [{ sum_of: [items, null] }],
    [{ sum_of: [items, ''] }],
    [{ sum_of: [items, { var: 'column' }] }],
    [{ avg_of: [items, 'f_qty', true, 1] }],
    [{ count_of: [] }],
    [{ count_of: [items, 3] }],
  ])('refuses %j at compile time', (rule) => {
    expect(() => compileRule(rule)).toThrow(RuleError);
  });

  it('refuses a prototype column', () => {
    expect(() => compileRule({ sum_of: [items, '__proto__'] })).toThrowError(expect.objectContaining({ code: 'forbidden_path', pointer: '/sum_of/1' }));
  });
});
