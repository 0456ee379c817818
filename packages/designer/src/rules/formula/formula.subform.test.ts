import type { RuleLogic } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import type { FormulaNames } from './FormulaNames.js';
import { parseFormula } from './parseFormula.js';
import { printFormula } from './printFormula.js';

// A visit form with a product subform: its rows are read by the aggregates, its columns by label.
const items = {
  path: 'f_items',
  label: '产品明细',
  columns: [
    { id: 'f_qty', label: '数量' },
    { id: 'f_subtotal', label: '小计' },
    { id: 'f_note', label: 'a.b' },
  ],
};
const names: FormulaNames = {
  fields: [
    { path: 'f_customer', label: '客户' },
    { path: 'f_items', label: '产品明细' },
    { path: 'f_discount', label: '数量' },
  ],
  functions: new Set(['sum_of', 'count_of', 'round', 'var']),
  subforms: [items],
  aggregates: new Set(['sum_of', 'count_of']),
};

describe('formula text naming subform columns', () => {
  it.each<[string, RuleLogic]>([
    ['sum_of({产品明细}, {小计})', { sum_of: [{ var: 'f_items' }, 'f_subtotal'] }],
    ['round(sum_of({产品明细}, {小计}) * 0.9, 2)', { round: [{ '*': [{ sum_of: [{ var: 'f_items' }, 'f_subtotal'] }, 0.9] }, 2] }],
    // In the filter the row's columns come first: 数量 is the column there, not the form's field.
    ['sum_of({产品明细}, {小计}, {数量} > 0)', { sum_of: [{ var: 'f_items' }, 'f_subtotal', { '>': [{ var: '$row.f_qty' }, 0] }] }],
    ['count_of({产品明细}, null, {数量} >= {数量})', { count_of: [{ var: 'f_items' }, null, { '>=': [{ var: '$row.f_qty' }, { var: '$row.f_qty' }] }] }],
  ])('reads %s and writes it back the same', (text, logic) => {
    expect(parseFormula(text, names)).toEqual({ ok: true, logic });
    expect(printFormula(logic, names)).toBe(text);
  });

  it.each<[string, RuleLogic]>([
    ['sum_of({产品明细.小计})', { sum_of: [{ var: 'f_items' }, 'f_subtotal'] }],
    ['sum_of({产品明细}, {产品明细.小计})', { sum_of: [{ var: 'f_items' }, 'f_subtotal'] }],
    ['sum_of({f_items}, {f_subtotal})', { sum_of: [{ var: 'f_items' }, 'f_subtotal'] }],
    ['sum_of({产品明细}, "f_subtotal")', { sum_of: [{ var: 'f_items' }, 'f_subtotal'] }],
    ['sum_of({产品明细.a.b})', { sum_of: [{ var: 'f_items' }, 'f_note'] }],
  ])('reads %s too', (text, logic) => {
    expect(parseFormula(text, names)).toEqual({ ok: true, logic });
  });

  it('reads {Subform.Column} in a formula of that subform’s own row as the row’s cell', () => {
    const inRow: FormulaNames = { ...names, fields: [...names.fields, { path: '$row.f_qty', label: '数量' }] };
    expect(parseFormula('{产品明细.数量} * 2', inRow)).toEqual({ ok: true, logic: { '*': [{ var: '$row.f_qty' }, 2] } });
  });

  it.each([
    ['sum_of({产品明细}, {单价})', 'The subform “产品明细” has no column named “单价”', '子表单“产品明细”中没有名为“单价”的列'],
    ['{产品明细.小计} + 1', 'read it with an aggregate, e.g. sum_of({产品明细.小计})', '请用汇总函数读取，如 sum_of({产品明细.小计})'],
  ])('refuses %s in both languages', (text, en, zh) => {
    const result = parseFormula(text, names);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.en).toContain(en);
      expect(result.error['zh-CN']).toContain(zh);
    }
  });
});
