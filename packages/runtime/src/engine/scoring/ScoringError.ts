import type { LocalizedText } from '../i18n/Locale.js';

export type ScoringErrorCode = 'invalidPeriod' | 'wrongPeriodKind';

/** Scores that cannot be computed at all (a bad period); faults of one person's item are statuses, never errors. */
export class ScoringError extends Error {
  override readonly name = 'ScoringError';

  constructor(
    readonly code: ScoringErrorCode,
    readonly localized: LocalizedText,
  ) {
    super(localized.en);
  }
}
