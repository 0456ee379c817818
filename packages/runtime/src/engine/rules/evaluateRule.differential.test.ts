import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { compileRule } from './compileRule.js';
import type { RuleLogic } from './RuleLogic.js';
import { dataArbitrary, recordArbitrary, ruleArbitrary } from './testing/jsonLogicArbitraries.js';

/**
 * Differential tests: on random well-formed rules and random data, the compiled evaluator gives
 * exactly json-logic-js 2.0.5's result (deep-equal; NaN equals NaN, 0 and -0 differ), and throws
 * whenever json-logic-js throws. What is left out of the generation, and why, is listed in
 * testing/jsonLogicArbitraries.ts.
 */

type Outcome = { readonly threw: false; readonly value: unknown } | { readonly threw: true };

function outcomeOf(run: () => unknown): Outcome {
  try {
    return { threw: false, value: run() };
  } catch {
    return { threw: true };
  }
}

function expectSameAsJsonLogic(rule: RuleLogic, data: unknown): void {
  const theirs = outcomeOf(() => jsonLogic.apply(rule as jsonLogic.RulesLogic, data));
  const compiled = compileRule(rule);
  const ours = outcomeOf(() => compiled.evaluate(data));
  if (theirs.threw) {
    expect(ours.threw, `json-logic-js threw on ${JSON.stringify(rule)}`).toBe(true);
    return;
  }
  expect(ours).toStrictEqual(theirs);
  // A compiled rule is evaluated many times: a second run must not see leftovers of the first.
  expect(outcomeOf(() => compiled.evaluate(data))).toStrictEqual(theirs);
}

/** Corner cases of coercion and arity that random generation reaches only rarely. */
const cornerCases: readonly (readonly [RuleLogic, unknown])[] = [
  [{ in: ['', ''] }, null],
  [{ in: ['a', ''] }, null],
  [{ in: [1, 'x1y'] }, null],
  [{ in: [null, 'null'] }, null],
  [{ in: [[1], [[1]]] }, null],
  [{ in: ['a', { var: 'o' }] }, { o: { a: 1 } }],
  [{ '+': ['-0', '-0'] }, null],
  [{ '+': ['-0'] }, null],
  [{ '+': ['3abc', '1e2'] }, null],
  [{ '+': [[1], [2, 3]] }, null],
  [{ '+': [true] }, null],
  [{ '+': [] }, null],
  [{ '+': '7' }, null],
  [{ '*': ['3'] }, null],
  [{ '*': [-1, 0, 5] }, null],
  [{ '*': [-1, 0] }, null],
  [{ '*': ['2', '3x'] }, null],
  [{ '*': [[2], '4', ' 5 '] }, null],
  [{ '-': ['5'] }, null],
  [{ '-': [5, null] }, null],
  [{ '-': [] }, null],
  [{ '-': [[3], [1]] }, null],
  [{ '-': [5, { and: [] }] }, null],
  [{ '/': [1, 0] }, null],
  [{ '%': [-7, 3] }, null],
  [{ '%': [5, 0] }, null],
  [{ min: [] }, null],
  [{ max: [] }, null],
  [{ min: [[5]] }, null],
  [{ max: ['3', 2] }, null],
  [{ min: [null, 1] }, null],
  [{ max: [1, 2, 3, 4, '5'] }, null],
  [{ '<': [1, 2, null] }, null],
  [{ '<': [1, 2, { and: [] }] }, null],
  [{ '<=': ['1', 1, '1'] }, null],
  [{ '>': ['b', 'a'] }, null],
  [{ '==': [[1], 1] }, null],
  [{ '==': [null] }, null],
  [{ '===': [] }, null],
  [{ '!=': [0, ''] }, null],
  [{ cat: [null, [1, [2, null]], { a: 1, b: 2 }] }, null],
  [{ cat: 'x' }, null],
  [{ cat: [] }, null],
  [{ cat: [1.5, true, 'z', 1, 2] }, null],
  [{ substr: [null, 1] }, null],
  [{ substr: ['abc', 1, '-1'] }, null],
  [{ substr: ['abcdef', '2'] }, null],
  [{ substr: ['abc', -10] }, null],
  [{ substr: ['abc', 1, 0] }, null],
  [{ substr: [12345, 1, 2] }, null],
  [{ substr: ['abc'] }, null],
  [{ substr: [] }, null],
  [{ var: 1.5 }, { 1: { 5: 'x' } }],
  [{ var: true }, { true: 1 }],
  [{ var: false }, { false: 0 }],
  [{ var: [''] }, 'whole'],
  [{ var: ['a', { and: [] }] }, {}],
  [{ var: [null, 1] }, [1]],
  [{ var: 'a.b' }, { a: null }],
  [{ var: ['a.b', 1] }, { a: null }],
  [{ var: ['a', 1] }, { a: null }],
  [{ var: ['a', 1] }, { a: false }],
  [{ var: '0' }, 'xyz'],
  [{ var: 'length' }, [1, 2]],
  [{ var: 'a..b' }, { a: { '': { b: 3 } } }],
  [{ var: 'a.1.b' }, { a: [{ b: 1 }, { b: 2 }] }],
  [{ var: [['a']] }, { a: 4 }],
  [{ missing: [['a', 'b']] }, { a: 1 }],
  [{ missing: [['a'], 'b'] }, {}],
  [{ missing: 1 }, [5, '']],
  [{ missing: [''] }, null],
  [{ missing: ['a'] }, { a: '' }],
  [{ missing: ['a', 'a.b'] }, { a: { b: 0 } }],
  [{ missing: { var: 'keys' } }, { keys: ['a', 'b'], a: 1 }],
  [{ missing_some: [1, 'ab'] }, {}],
  [{ missing_some: [0, []] }, {}],
  [{ missing_some: [2, ['a', 'b']] }, { a: 1 }],
  [{ missing_some: ['1', ['a']] }, {}],
  [{ missing_some: [1, { var: 'keys' }] }, { keys: ['a', 'b'], b: 2 }],
  [{ missing_some: [1, { var: 'nothing' }] }, {}],
  [{ if: [] }, null],
  [{ if: [true] }, null],
  [{ if: [[], 1, 2] }, null],
  [{ if: [0, 1, '', 2] }, null],
  [{ if: [0, 1, 0, 2, 3] }, null],
  [{ if: [0, 1, 1, 2, 3, 4] }, null],
  [{ '?:': [1, 2, 3] }, null],
  [{ and: [] }, null],
  [{ or: [] }, null],
  [{ and: [[], 1] }, null],
  [{ or: [0, '', null] }, null],
  [{ and: [1, 'a', [0]] }, null],
  [{ '!': [] }, null],
  [{ '!': [[]] }, null],
  [{ '!!': ['0'] }, null],
  [{ '!': 'x' }, null],
  [{ merge: [[[1]], 2, null] }, null],
  [{ merge: [{ a: 1, b: 2 }] }, null],
  [{ map: [{ var: 'a' }, { '*': [{ var: '' }, 2] }] }, { a: [1, 2] }],
  [{ map: [null, 1] }, null],
  [{ map: [] }, null],
  [{ map: [[1, 2]] }, null],
  [{ filter: [[1, 0, 2, [], 'x'], { var: '' }] }, null],
  [{ reduce: [[1, 2, 3], { '+': [{ var: 'current' }, { var: 'accumulator' }] }] }, null],
  [{ reduce: ['abc', 1, 5] }, null],
  [{ reduce: [[1, 2], { var: 'accumulator' }] }, null],
  [{ reduce: [[1, 2], { var: '' }, 0] }, null],
  [{ all: [[], true] }, null],
  [{ none: [[], true] }, null],
  [{ some: [[0, 1], { var: '' }] }, null],
  [{ all: [[1, []], { var: '' }] }, null],
  [{ all: [[1]] }, null],
  [{ none: [{ var: 'x' }, { var: '' }] }, { x: 'str' }],
  [[1, { var: 'x' }, [2, { var: 'y' }]], { x: 1, y: 2 }],
  [{ a: 1, b: { var: 'x' } }, { x: 1 }],
  [{}, null],
];

describe('evaluateRule agrees with json-logic-js', () => {
  it.each(cornerCases)('on %j with %j', (rule, data) => expectSameAsJsonLogic(rule, data));

  it('on random rules over random records', () => {
    fc.assert(
      fc.property(ruleArbitrary, recordArbitrary, (rule, data) => expectSameAsJsonLogic(rule, data)),
      { numRuns: 1500 },
    );
  });

  it('on random rules over data of any shape (lists, texts, null)', () => {
    fc.assert(
      fc.property(ruleArbitrary, dataArbitrary, (rule, data) => expectSameAsJsonLogic(rule, data)),
      { numRuns: 700 },
    );
  });

  it('on list operators over lists of records', () => {
    const scoped = fc.constantFrom('map', 'filter', 'all', 'none', 'some', 'reduce');
    fc.assert(
      fc.property(scoped, ruleArbitrary, fc.array(recordArbitrary, { maxLength: 5 }), (name, logic, items) =>
        expectSameAsJsonLogic({ [name]: [{ var: 'items' }, logic] }, { items }),
      ),
      { numRuns: 500 },
    );
  });
});
