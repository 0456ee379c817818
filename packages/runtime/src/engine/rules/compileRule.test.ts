import { describe, expect, it } from 'vitest';
import { compileRule } from './compileRule.js';
import { evaluateRule } from './evaluateRule.js';
import type { RuleLogic } from './RuleLogic.js';

describe('compileRule', () => {
  it('compiles once and evaluates against any data', () => {
    const line = compileRule({ '*': [{ var: '$row.f_qty' }, { var: '$row.f_price' }] });
    expect(line.evaluate({ $row: { f_qty: 3, f_price: 2.5 } })).toBe(7.5);
    expect(line.evaluate({ $row: { f_qty: 2, f_price: 4 } })).toBe(8);
    expect(line.dependencies).toEqual({ vars: ['$row.f_qty', '$row.f_price'], dynamic: false });
  });

  it('hands out fresh lists: changing a result does not change the next one', () => {
    for (const rule of [[1, 2], { merge: [[1], [2]] }, { if: [true, [1, 2], []] }, { var: ['x', [1, 2]] }, { map: [[1, 2], { var: '' }] }] as RuleLogic[]) {
      const compiled = compileRule(rule);
      const first = compiled.evaluate({}) as unknown[];
      first.push('changed');
      expect(compiled.evaluate({}), JSON.stringify(rule)).toEqual([1, 2]);
    }
  });

  it('searches a literal list many times without rebuilding it', () => {
    const inList = compileRule({ in: [{ var: 'f_region' }, ['east', 'south']] });
    expect(inList.evaluate({ f_region: 'south' })).toBe(true);
    expect(inList.evaluate({ f_region: 'north' })).toBe(false);
  });

  it('computes operations over literals ahead, and still fails at evaluation where json-logic-js fails', () => {
    expect(compileRule({ '+': [1, { '*': [2, 3] }] }).evaluate(null)).toBe(7);
    const rule = { if: [{ var: 'x' }, { missing_some: [1, { var: 'nothing' }] }, 'fine'] };
    expect(compileRule(rule).evaluate({ x: false })).toBe('fine');
    expect(() => compileRule(rule).evaluate({ x: true })).toThrow();
  });

  it('hands back objects that are not operations as they are', () => {
    const literal = { a: 1, b: 2 };
    expect(evaluateRule({ if: [true, literal, null] }, {})).toBe(literal);
    expect(evaluateRule({}, {})).toEqual({});
  });

  it('passes every log value to the runtime, and logs nothing without one', () => {
    const seen: unknown[] = [];
    expect(evaluateRule({ '+': [{ log: { var: 'a' } }, 1] }, { a: 2 }, { log: (value) => seen.push(value) })).toBe(3);
    expect(seen).toEqual([2]);
    expect(evaluateRule({ log: 'quiet' }, {})).toBe('quiet');
  });
});

describe('evaluateRule', () => {
  it('caches the compiled rule per rule object', () => {
    const rule = { '>': [{ var: 'f_amount' }, 100] };
    expect(evaluateRule(rule, { f_amount: 150 })).toBe(true);
    expect(evaluateRule(rule, { f_amount: 50 })).toBe(false);
  });

  it('evaluates primitive rules as themselves', () => {
    expect(evaluateRule(3, {})).toBe(3);
    expect(evaluateRule(null, {})).toBeNull();
    expect(evaluateRule('text', {})).toBe('text');
  });
});
