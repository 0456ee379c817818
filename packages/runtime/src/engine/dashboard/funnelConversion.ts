/** Conversion at one funnel stage. */
export interface StageConversion {
  /** count / previous stage's count; null at the first stage and after an empty stage. */
  readonly conversion: number | null;
  /** count / first stage's count; null when the first stage is empty. */
  readonly overall: number | null;
}

/**
 * Conversion between neighbouring stages and from the top, for stage counts in funnel order.
 * A stage may hold more than the one before it (records skip stages); the ratio is then above 1
 * and shown as is rather than capped, so the odd data is visible.
 *
 * @example
 * funnelConversion([200, 50, 10])
 * // [{ conversion: null, overall: 1 }, { conversion: 0.25, overall: 0.25 }, { conversion: 0.2, overall: 0.05 }]
 */
export function funnelConversion(counts: readonly number[]): StageConversion[] {
  const first = counts[0];
  return counts.map((count, index) => {
    const previous = index === 0 ? undefined : counts[index - 1];
    return {
      conversion: previous === undefined ? null : ratio(count, previous),
      overall: first === undefined ? null : ratio(count, first),
    };
  });
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 && Number.isFinite(part) && Number.isFinite(whole) ? part / whole : null;
}
