import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundDecimal } from '../rules/values/roundDecimal.js';
import { splitAmount } from './splitAmount.js';

describe('splitAmount: largest remainder at a decimal precision', () => {
  it('gives the leftover cent to the largest remainders, the earlier part on a tie', () => {
    expect(splitAmount(100, [1, 1, 1], 2)).toEqual([33.34, 33.33, 33.33]);
    expect(splitAmount(0.05, [1, 1], 2)).toEqual([0.03, 0.02]);
    expect(splitAmount(10, [1, 2], 2)).toEqual([3.33, 6.67]);
    expect(splitAmount(-100, [1, 1, 1], 2)).toEqual([-33.34, -33.33, -33.33]);
  });

  it('splits evenly when no weight is positive', () => {
    expect(splitAmount(9, [0, 0, 0], 0)).toEqual([3, 3, 3]);
  });

  it('always adds up exactly to the amount at its precision', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e13, max: 1e13 }),
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (units, precision, weights) => {
          const amount = Number(`${units}e-${precision}`);
          const parts = splitAmount(amount, weights, precision);
          expect(parts).toHaveLength(weights.length);
          // Adding the parts as whole units: the decimal sum, free of binary noise.
          const sum = parts.reduce((total, part) => total + Math.round(part * 10 ** precision), 0);
          expect(sum).toBe(Math.round(amount * 10 ** precision));
          for (const part of parts) expect(roundDecimal(part, precision)).toBe(part);
        },
      ),
    );
  });

  it('never puts a part more than one unit away from its exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 20 }), (cents, weights) => {
        const parts = splitAmount(cents / 100, weights, 2);
        const sum = weights.reduce((total, weight) => total + weight, 0);
        parts.forEach((part, index) => expect(Math.abs(part * 100 - (cents * (weights[index] ?? 0)) / sum)).toBeLessThan(1 + 1e-6));
      }),
    );
  });
});
