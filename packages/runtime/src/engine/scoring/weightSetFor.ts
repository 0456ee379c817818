import type { ScoringSchema, WeightSet } from '../documents/scoring/ScoringSchema.js';
import type { Period } from '../periods/Period.js';
import { parsePeriod } from '../periods/parsePeriod.js';
import { periodDays } from '../periods/periodDays.js';

/**
 * The weight set in force in a period: of the sets whose `from` period starts on or before the
 * period's first day, the one starting latest. Undefined before the first set (the items' own
 * weights hold).
 */
export function weightSetFor(scheme: ScoringSchema, period: Period): WeightSet | undefined {
  const first = periodDays(period).first;
  let found: { set: WeightSet; start: number } | undefined;
  for (const set of scheme.weightSets ?? []) {
    const from = parsePeriod(set.from);
    if (from === undefined) continue;
    const start = periodDays(from).first;
    if (start <= first && (found === undefined || start > found.start)) found = { set, start };
  }
  return found?.set;
}
