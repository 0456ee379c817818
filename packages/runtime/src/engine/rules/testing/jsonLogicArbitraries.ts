import fc from 'fast-check';
import type { RuleLogic } from '../RuleLogic.js';

/*
 * Random JSON Logic rules over the standard operators, and random data, for differential tests
 * against json-logic-js. Left out on purpose, because the two implementations differ there by
 * design (see the operators' comments):
 * - keys named after prototype members (`toString`, `indexOf`, `__proto__`, `constructor`…):
 *   json-logic-js walks the prototype, we read own properties only;
 * - `missing`/`missing_some` keys computed at run time: json-logic-js re-applies a key as a rule;
 * - `*` without arguments (refused at compile time here, a TypeError there) and `log`.
 */

const keys = ['a', 'b', 'c', 'x', 'y'] as const;
const key = fc.constantFrom(...keys);

const text = fc.constantFrom('', '0', '1', '2.5', '-3', '1e2', ' 7 ', 'a', 'b', 'abc', 'apple', 'a.b', 'true', 'null', 'x');

export const scalarArbitrary: fc.Arbitrary<null | boolean | number | string> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -20, max: 20 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.constantFrom(0, -0, 0.1, 0.2, 1.5, -2.5),
  text,
);

/** JSON data: records keyed by a few names, lists, scalars; nested a few levels. */
export const dataArbitrary: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'data' },
    scalarArbitrary,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4, noNullPrototype: true }),
  ),
})).value;

/** Record-shaped data (what rules usually see). */
export const recordArbitrary: fc.Arbitrary<unknown> = fc.dictionary(key, dataArbitrary, { maxKeys: 5, noNullPrototype: true });

const path = fc.constantFrom<RuleLogic>('', 'a', 'b', 'c', 'x', 'a.b', 'a.0', 'b.1', 'a.length', 'x.y.a', 'current', 'accumulator', 0, 1);

const args = (arb: fc.Arbitrary<RuleLogic>, min: number, max: number) => fc.array(arb, { minLength: min, maxLength: max });

function operation(name: string, value: fc.Arbitrary<RuleLogic>): fc.Arbitrary<RuleLogic> {
  return value.map((argument) => ({ [name]: argument }));
}

/** Well-formed rules over json-logic-js's operators. */
export const ruleArbitrary: fc.Arbitrary<RuleLogic> = fc.letrec<{ rule: RuleLogic }>((tie) => {
  const rule = tie('rule');
  const pair = args(rule, 2, 2);
  return {
    rule: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'rule' },
      scalarArbitrary,
      operation('var', path),
      operation('var', fc.tuple(path, rule)),
      operation('var', fc.constantFrom<RuleLogic>(['a'], [['a']])),
      operation('var', operation('cat', args(fc.constantFrom('a', 'b', '.', 'x', '0'), 1, 3))),
      fc.array(rule, { maxLength: 3 }),
      ...['==', '===', '!=', '!==', '>', '>=', '/', '%'].map((name) => operation(name, pair)),
      ...['<', '<='].map((name) => operation(name, args(rule, 2, 3))),
      operation('+', args(rule, 0, 3)),
      operation('*', args(rule, 1, 3)),
      operation('-', args(rule, 1, 2)),
      operation('min', args(rule, 0, 3)),
      operation('max', args(rule, 0, 3)),
      operation('!', fc.oneof(rule, args(rule, 1, 1))),
      operation('!!', args(rule, 1, 1)),
      operation('and', args(rule, 1, 3)),
      operation('or', args(rule, 1, 3)),
      operation('if', args(rule, 0, 5)),
      operation('?:', args(rule, 3, 3)),
      operation('in', fc.tuple(rule, fc.oneof(rule, fc.array(scalarArbitrary, { maxLength: 4 }), text))),
      operation('cat', args(rule, 0, 3)),
      operation('substr', fc.tuple(rule, fc.integer({ min: -6, max: 6 }), fc.option(fc.integer({ min: -6, max: 6 }), { nil: undefined })).map(([source, start, length]) => (length === undefined ? [source, start] : [source, start, length]))),
      operation('merge', args(rule, 0, 3)),
      ...['map', 'filter', 'all', 'none', 'some'].map((name) => operation(name, pair)),
      operation('reduce', args(rule, 2, 3)),
      operation('missing', fc.oneof(args(path, 0, 3), args(path, 1, 3).map((list): RuleLogic => [list]))),
      operation('missing_some', fc.tuple(fc.integer({ min: 0, max: 3 }), args(path, 0, 3))),
    ),
  };
}).rule;
