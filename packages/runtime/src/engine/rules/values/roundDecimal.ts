/** How {@link roundDecimal} picks between the two neighbours. */
export type RoundingMode = 'half_away_from_zero' | 'ceil' | 'floor';

/**
 * Rounds to `digits` decimal places (negative digits round to tens, hundreds…) as a person
 * would on the decimal number they typed, not on its binary approximation: 1.005 is stored as
 * 1.00499999999999989…, which `Math.round(x * 100) / 100` turns into 1.00.
 *
 * The value is first read back at 15 significant digits — the precision a double always holds —
 * which strips the representation noise; the decimal point is then moved by editing the exponent
 * of that text, so no multiplication adds new noise. Digits beyond the 15th are noise, so asking
 * for them returns the value unchanged. Never returns -0.
 *
 * @example
 * roundDecimal(1.005, 2)               // 1.01
 * roundDecimal(-2.5, 0)                // -3
 * roundDecimal(3.3000000000000003, 1, 'ceil') // 3.3
 */
export function roundDecimal(value: number, digits: number, mode: RoundingMode = 'half_away_from_zero'): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  // Fast path (a score sheet rounds tens of thousands of numbers, most already at their places: 36,
  // 25.5): when value × 10^digits is a whole number k below 10^15, value lies within a rounding
  // error of k ÷ 10^digits, so its 15-digit text is that number's and the text path below returns
  // k ÷ 10^digits in every mode — which dividing by an exact power of ten gives, correctly rounded.
  if (Number.isInteger(digits) && digits >= 0 && digits <= 22) {
    const power = 10 ** digits;
    const scaled = value * power;
    if (Number.isInteger(scaled) && Math.abs(scaled) < 1e15) return scaled / power;
    // Second fast path (an achievement of 111.5241…%, a share of a weight): below 10^6, value × 10^digits
    // and the text path's 15-digit reading of it differ by under 10^-8, so when the scaled value lies
    // further than 10^-7 from where the mode's answer changes (a half for half away from zero, a whole
    // number for ceil and floor), both pick the same whole number w — and w ÷ 10^digits, an exact
    // power of ten, is the correctly rounded number the text path reads back.
    const size = Math.abs(scaled);
    if (size < 1e6) {
      const fraction = size - Math.floor(size);
      const clear = mode === 'half_away_from_zero' ? Math.abs(fraction - 0.5) > 1e-7 : fraction > 1e-7 && fraction < 1 - 1e-7;
      if (clear) {
        const whole = mode === 'ceil' ? Math.ceil(scaled) : mode === 'floor' ? Math.floor(scaled) : Math.sign(scaled) * Math.round(size);
        const result = whole / power;
        return result === 0 ? 0 : result;
      }
    }
  }
  const [mantissa = '0', exponent = '0'] = value.toExponential(14).split('e');
  const shifted = Number(`${mantissa}e${Number(exponent) + digits}`);
  if (Math.abs(shifted) >= 1e15) return value;
  const whole =
    mode === 'ceil' ? Math.ceil(shifted) : mode === 'floor' ? Math.floor(shifted) : Math.sign(shifted) * Math.round(Math.abs(shifted));
  const result = Number(`${whole}e${-digits}`);
  return result === 0 ? 0 : result;
}

/** Strips binary noise from a computed number by reading it at 15 significant digits (0.1 + 0.2 → 0.3). */
export function normaliseNumber(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  return Number(value.toPrecision(15));
}
