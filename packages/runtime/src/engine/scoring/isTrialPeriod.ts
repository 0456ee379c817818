import type { ScoringSchema } from '../documents/scoring/ScoringSchema.js';
import type { Period } from '../periods/Period.js';
import { parsePeriod } from '../periods/parsePeriod.js';
import { periodDays } from '../periods/periodDays.js';

/** True when the period ends on or before the end of the scheme's `trialUntil` period. */
export function isTrialPeriod(scheme: ScoringSchema, period: Period): boolean {
  if (scheme.trialUntil === undefined) return false;
  const until = parsePeriod(scheme.trialUntil);
  return until !== undefined && periodDays(period).last <= periodDays(until).last;
}
