/**
 * How many decimal places the shortest decimal text of a number has: 0.1 → 1, -38580.08 → 2,
 * 1.5e-7 → 8, 1200 → 0. A sum of numbers typed in decimal has no more places than its most
 * precise term, so rounding the binary sum to that many places gives the decimal sum back.
 */
export function decimalPlaces(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const text = String(Math.abs(value));
  const exponentAt = text.indexOf('e');
  const mantissa = exponentAt < 0 ? text : text.slice(0, exponentAt);
  const exponent = exponentAt < 0 ? 0 : Number(text.slice(exponentAt + 1));
  const pointAt = mantissa.indexOf('.');
  const fraction = pointAt < 0 ? 0 : mantissa.length - pointAt - 1;
  return Math.max(0, fraction - exponent);
}
