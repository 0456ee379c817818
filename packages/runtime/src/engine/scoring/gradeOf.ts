import type { GradeBand } from '../documents/scoring/ScoringSchema.js';

/** The band with the highest `min` a total reaches; undefined below every band or without bands. */
export function gradeOf(total: number, bands: readonly GradeBand[] | undefined): string | undefined {
  let best: GradeBand | undefined;
  for (const band of bands ?? []) if (total >= band.min && (best === undefined || band.min > best.min)) best = band;
  return best?.grade;
}
