import type { RuleLogic } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import type { FormulaNames } from './FormulaNames.js';
import { parseFormula } from './parseFormula.js';
import { printFormula } from './printFormula.js';

const names: FormulaNames = {
  fields: [
    { path: 'f_qty', label: 'Quantity' },
    { path: 'f_price', label: 'Price' },
    { path: '$row.f_amt', label: 'Amount' },
    { path: 'f_a', label: 'Same' },
    { path: 'f_b', label: 'Same' },
  ],
  functions: new Set(['round', 'if', 'sum', 'var', 'cat']),
};

describe('formula text', () => {
  it.each<[string, RuleLogic]>([
    ['{Quantity} * {Price}', { '*': [{ var: 'f_qty' }, { var: 'f_price' }] }],
    ['{Quantity} + {Price} + 1', { '+': [{ var: 'f_qty' }, { var: 'f_price' }, 1] }],
    ['({Quantity} + 1) * 2', { '*': [{ '+': [{ var: 'f_qty' }, 1] }, 2] }],
    ['{Quantity} - ({Price} - 1)', { '-': [{ var: 'f_qty' }, { '-': [{ var: 'f_price' }, 1] }] }],
    ['round({Amount} * 0.9, 2)', { round: [{ '*': [{ var: '$row.f_amt' }, 0.9] }, 2] }],
    ['if({Quantity} >= 10 && {Price} < 5, "bulk", "single")', { if: [{ and: [{ '>=': [{ var: 'f_qty' }, 10] }, { '<': [{ var: 'f_price' }, 5] }] }, 'bulk', 'single'] }],
    ['!{Quantity} || {Price} == -3', { or: [{ '!': [{ var: 'f_qty' }] }, { '==': [{ var: 'f_price' }, -3] }] }],
    ['cat("say \\"hi\\"", [1, 2], true, null)', { cat: ['say "hi"', [1, 2], true, null] }],
    ['{f_a} + {f_b}', { '+': [{ var: 'f_a' }, { var: 'f_b' }] }],
  ])('reads %s and writes it back the same', (text, logic) => {
    expect(parseFormula(text, names)).toEqual({ ok: true, logic });
    expect(printFormula(logic, names)).toBe(text);
  });

  it('reads an empty text as no rule', () => {
    expect(parseFormula('  ', names)).toEqual({ ok: true, logic: null });
  });

  it.each([
    ['{Nope} + 1', 'no field named “Nope”'],
    ['{Same} + 1', 'Several fields are named “Same”'],
    ['explode(1)', 'no function named “explode”'],
    ['1 +', 'ends unexpectedly'],
    ['(1 + 2', 'ends unexpectedly'],
    ['1 2', 'Unexpected “2” at character 3'],
    ['"open', 'no closing quote'],
    ['{Quantity', 'no closing “}”'],
    ['1 < 2 < 3', 'Unexpected “<”'],
    ['1 # 2', 'Unexpected “#” at character 3'],
  ])('refuses %s with a message in both languages', (text, message) => {
    const result = parseFormula(text, names);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.en).toContain(message);
      expect(result.error['zh-CN']).not.toBe(result.error.en);
    }
  });

  it('prints fields it does not know with var() and refuses shapes it cannot write', () => {
    expect(printFormula({ var: 'f_gone' }, names)).toBe('var("f_gone")');
    expect(printFormula({ a: 1, b: 2 } as unknown as RuleLogic, names)).toBeUndefined();
    expect(printFormula({ 'weird op': [1] }, names)).toBeUndefined();
  });
});
