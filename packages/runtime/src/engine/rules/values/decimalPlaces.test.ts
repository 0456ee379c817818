import { describe, expect, it } from 'vitest';
import { decimalPlaces } from './decimalPlaces.js';

describe('decimalPlaces', () => {
  it.each([
    [0, 0],
    [1200, 0],
    [0.1, 1],
    [-38580.08, 2],
    [0.1 + 0.2, 17],
    [1.5e-7, 8],
    [1e21, 0],
    [Number.NaN, 0],
  ])('of %d is %d', (value, expected) => {
    expect(decimalPlaces(value)).toBe(expected);
  });
});
