import type { LocalizedText } from '../i18n/Locale.js';

export type TargetErrorCode = 'invalidPeriod' | 'invalidLevels' | 'invalidDate' | 'invalidAmount';

/** A decomposition request that cannot be carried out; the server answers it as a 400 with both messages. */
export class TargetError extends Error {
  override readonly name = 'TargetError';

  constructor(
    readonly code: TargetErrorCode,
    readonly localized: LocalizedText,
  ) {
    super(localized.en);
  }
}
