import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRule } from './compileRule.js';
import { evaluateRule } from './evaluateRule.js';
import { RuleError } from './RuleError.js';

describe('round', () => {
  it.each([
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [2.675, 2, 2.68],
    [1.45, 1, 1.5],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [2.4999, 0, 2],
    [1234.5678, -2, 1200],
    [1250, -2, 1300],
    [0.1 + 0.2, 10, 0.3],
    [123456789.125, 2, 123456789.13],
    ['3.14159', 3, 3.142],
    [' 8.5 ', 0, 9],
    [-0.001, 2, 0],
  ])('round(%j, %d) is %d', (value, digits, expected) => {
    expect(evaluateRule({ round: [value, digits] }, {})).toBe(expected);
  });

  it('rounds to a whole number by default', () => {
    expect(evaluateRule({ round: [{ var: 'x' }] }, { x: 7.5 })).toBe(8);
  });

  it.each([null, '', 'abc', true, [], {}])('gives null for %j', (value) => {
    expect(evaluateRule({ round: [{ var: 'x' }, 2] }, { x: value })).toBeNull();
  });

  it('refuses literal digits that are not a small integer, at compile time', () => {
    expect(() => compileRule({ round: [1, 1.5] })).toThrow(RuleError);
    expect(() => compileRule({ round: [1, 16] })).toThrow(RuleError);
    expect(() => compileRule({ round: [1, 'two'] })).toThrow(RuleError);
  });

  it('gives null for computed digits that are not a small integer', () => {
    expect(evaluateRule({ round: [1.23, { var: 'd' }] }, { d: 1.5 })).toBeNull();
    expect(evaluateRule({ round: [1.23, { var: 'd' }] }, { d: 1 })).toBe(1.2);
  });

  it('rounds an exact decimal half away from zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: 0, max: 6 }), (whole, digits) => {
        // whole·10^-digits plus half a unit in the last kept place, written in decimal.
        const sign = whole < 0 ? '-' : '';
        const value = Number(`${sign}${Math.abs(whole)}5e-${digits + 1}`);
        const expected = Number(`${sign}${Math.abs(whole) + 1}e-${digits}`);
        expect(evaluateRule({ round: [value, digits] }, {})).toBe(expected);
      }),
    );
  });

  it('is idempotent and moves a value by at most half a unit', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: -3, max: 8 }), (value, digits) => {
        const once = evaluateRule({ round: [value, digits] }, {}) as number;
        expect(evaluateRule({ round: [once, digits] }, {})).toBe(once);
        expect(Math.abs(once - value)).toBeLessThanOrEqual(0.5 * 10 ** -digits * (1 + 1e-9) + Math.abs(value) * 1e-14);
      }),
    );
  });
});

describe('ceil and floor', () => {
  it.each([
    ['ceil', 1.21, 1, 1.3],
    ['ceil', -1.29, 1, -1.2],
    ['ceil', 0.1 * 3, 1, 0.3],
    ['ceil', 4.000001, 0, 5],
    ['ceil', 1234, -2, 1300],
    ['floor', 1.29, 1, 1.2],
    ['floor', -1.21, 1, -1.3],
    ['floor', 0.7 + 0.1, 1, 0.8],
    ['floor', 1.1 * 3, 2, 3.3],
    ['floor', 1299, -2, 1200],
  ])('%s(%d, %d) is %d', (operator, value, digits, expected) => {
    expect(evaluateRule({ [operator]: [value, digits] }, {})).toBe(expected);
  });
});

describe('abs, pow and number', () => {
  it.each([
    [{ abs: [-3.5] }, 3.5],
    [{ abs: ['-2'] }, 2],
    [{ abs: [null] }, null],
    [{ pow: [2, 10] }, 1024],
    [{ pow: [1.1, 2] }, 1.1 ** 2],
    [{ pow: [4, 0.5] }, 2],
    [{ pow: [10, 400] }, null],
    [{ pow: [-8, 0.5] }, null],
    [{ pow: ['', 2] }, null],
    [{ number: ['12.5'] }, 12.5],
    [{ number: [' -3 '] }, -3],
    [{ number: ['1e3'] }, 1000],
    [{ number: [''] }, null],
    [{ number: ['  '] }, null],
    [{ number: ['1,000'] }, null],
    [{ number: ['0x10'] }, null],
    [{ number: ['Infinity'] }, null],
    [{ number: [true] }, 1],
    [{ number: [false] }, 0],
    [{ number: [null] }, null],
    [{ number: [[1]] }, null],
    [{ number: [42] }, 42],
  ])('%j is %j', (rule, expected) => {
    expect(evaluateRule(rule, {})).toBe(expected);
  });
});
