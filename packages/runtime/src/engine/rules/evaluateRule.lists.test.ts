import { describe, expect, it } from 'vitest';
import { evaluateRule } from './evaluateRule.js';

describe('includes, includes_any, includes_all', () => {
  it.each([
    [{ includes: [['a', 'b'], 'a'] }, true],
    [{ includes: [['a', 'b'], 'c'] }, false],
    [{ includes: [[1, 2], '1'] }, false],
    [{ includes: ['a', 'a'] }, true],
    [{ includes: ['abc', 'b'] }, false],
    [{ includes: [null, null] }, false],
    [{ includes: ['', ''] }, false],
    [{ includes_any: [['a', 'b'], ['x', 'b']] }, true],
    [{ includes_any: [['a', 'b'], ['x', 'y']] }, false],
    [{ includes_any: [['a', 'b'], []] }, false],
    [{ includes_any: [['a', 'b'], 'b'] }, true],
    [{ includes_all: [['a', 'b', 'c'], ['c', 'a']] }, true],
    [{ includes_all: [['a', 'b'], ['a', 'x']] }, false],
    [{ includes_all: [['a'], []] }, true],
    [{ includes_all: [null, ['a']] }, false],
  ])('%j is %j', (rule, expected) => {
    expect(evaluateRule(rule, {})).toBe(expected);
  });

  it('works on a multi-choice field and on a single-choice one alike', () => {
    const vip = { includes: [{ var: 'f_tags' }, 'vip'] };
    expect(evaluateRule(vip, { f_tags: ['new', 'vip'] })).toBe(true);
    expect(evaluateRule(vip, { f_tags: 'vip' })).toBe(true);
    expect(evaluateRule(vip, { f_tags: [] })).toBe(false);
    expect(evaluateRule(vip, {})).toBe(false);
  });
});

describe('is_empty', () => {
  it.each([
    [null, true],
    ['', true],
    [[], true],
    [{}, true],
    [' ', false],
    [0, false],
    [false, false],
    [['a'], false],
    [{ province: '上海' }, false],
  ])('is_empty(%j) is %j', (value, expected) => {
    expect(evaluateRule({ is_empty: [{ var: 'x' }] }, { x: value })).toBe(expected);
  });

  it('counts a field that is not there as empty', () => {
    expect(evaluateRule({ is_empty: [{ var: 'x' }] }, {})).toBe(true);
  });
});

describe('coalesce', () => {
  it.each([
    [{ a: null, b: '', c: 'x' }, 'x'],
    [{ a: 0, c: 'x' }, 0],
    [{ a: [], b: ['y'] }, ['y']],
    [{ a: false }, false],
    [{}, null],
  ])('over %j is %j', (data, expected) => {
    expect(evaluateRule({ coalesce: [{ var: 'a' }, { var: 'b' }, { var: 'c' }] }, data)).toEqual(expected);
  });

  it('stops at the first value: later arguments are not evaluated', () => {
    // `today` would need a clock; it is never reached.
    expect(evaluateRule({ coalesce: ['set', { today: [] }] }, {})).toBe('set');
    expect(() => evaluateRule({ coalesce: ['', { today: [] }] }, {})).toThrowError(expect.objectContaining({ code: 'needs_clock' }));
  });
});
