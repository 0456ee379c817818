import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundDecimal, type RoundingMode } from './roundDecimal.js';

/** The text path alone, as roundDecimal computed every value before its fast path: the reference. */
function byText(value: number, digits: number, mode: RoundingMode): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  const [mantissa = '0', exponent = '0'] = value.toExponential(14).split('e');
  const shifted = Number(`${mantissa}e${Number(exponent) + digits}`);
  if (Math.abs(shifted) >= 1e15) return value;
  const whole = mode === 'ceil' ? Math.ceil(shifted) : mode === 'floor' ? Math.floor(shifted) : Math.sign(shifted) * Math.round(Math.abs(shifted));
  const result = Number(`${whole}e${-digits}`);
  return result === 0 ? 0 : result;
}

const modes: readonly RoundingMode[] = ['half_away_from_zero', 'ceil', 'floor'];

describe('roundDecimal', () => {
  it('rounds the decimal a person typed, not its binary approximation', () => {
    expect(roundDecimal(1.005, 2)).toBe(1.01);
    expect(roundDecimal(-2.5, 0)).toBe(-3);
    expect(roundDecimal(3.3000000000000003, 1, 'ceil')).toBe(3.3);
    expect(roundDecimal(0.1 + 0.2, 1, 'floor')).toBe(0.3);
    expect(roundDecimal(1234.5, -2)).toBe(1200);
    expect(Object.is(roundDecimal(-0.0001, 2), 0)).toBe(true);
  });

  it('gives what the text path gives, for numbers already at their places, halves, ratios and their neighbours too', () => {
    // Values k ÷ 10^d (what the fast path takes), a unit in the last place either side, and any double.
    const atPlaces = fc.tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 })).map(([whole, places]) => whole / 10 ** places);
    const nextTo = atPlaces.chain((value) => fc.constantFrom(value, value + Number.EPSILON * Math.abs(value), value - Number.EPSILON * Math.abs(value)));
    // Halves (k.5 ÷ 10^d, where half away from zero decides) and their neighbours, where the second fast path must step aside.
    const halves = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 })).map(([whole, places]) => (whole + 0.5) / 10 ** places);
    const nearHalves = halves.chain((value) => fc.constantFrom(value, value + Number.EPSILON * Math.abs(value), value - Number.EPSILON * Math.abs(value), value + 1e-9, value - 1e-9));
    const ratios = fc.tuple(fc.integer({ min: 0, max: 1e7 }), fc.integer({ min: 1, max: 1e7 })).map(([actual, target]) => (actual / target) * 100);
    const value = fc.oneof(atPlaces, nextTo, halves, nearHalves, ratios, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(value, fc.integer({ min: -3, max: 8 }), fc.constantFrom(...modes), (number, digits, mode) => {
        expect(roundDecimal(number, digits, mode)).toBe(byText(number, digits, mode));
      }),
      { numRuns: 20_000 },
    );
  });
});
