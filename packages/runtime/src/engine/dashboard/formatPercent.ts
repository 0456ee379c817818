export interface PercentFormat {
  /** Digits after the decimal point; 1 unless set. */
  readonly digits?: number;
  /** Put `+` before a rise (for changes); a fall always has its `-`. */
  readonly signed?: boolean;
}

/** What a ratio that does not exist (no previous value, an empty first stage) is shown as. */
export const missingPercent = '—';

/**
 * A ratio as a percentage, rounded half away from zero, the same in zh-CN and en (`12.5%`), so
 * the server's CSV and the widgets agree to the digit. Null or non-finite → `—`.
 *
 * @example
 * formatPercent(0.1234)                   // '12.3%'
 * formatPercent(0.05, { signed: true })   // '+5.0%'
 * formatPercent(null)                     // '—'
 */
export function formatPercent(ratio: number | null | undefined, format: PercentFormat = {}): string {
  if (typeof ratio !== 'number' || !Number.isFinite(ratio)) return missingPercent;
  const digits = format.digits ?? 1;
  const scale = 10 ** digits;
  // Through toPrecision so that 0.145 (stored as 0.14499…) rounds as the decimal people read.
  const rounded = Math.round(Number((Math.abs(ratio) * 100 * scale).toPrecision(15))) / scale;
  const sign = ratio < 0 && rounded !== 0 ? '-' : format.signed === true && rounded !== 0 ? '+' : '';
  return `${sign}${rounded.toFixed(digits)}%`;
}
