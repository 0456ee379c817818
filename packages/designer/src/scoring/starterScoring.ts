import { SCORING_SCHEMA_VERSION, type Locale, type ScoringSchema } from '@formwork/runtime';
import { scoringMessages as m } from '../i18n/scoringMessages.js';

/** A new, empty monthly scheme with the usual four grade bands, titled in the admin's language. */
export function starterScoring(locale: Locale): ScoringSchema {
  return {
    kind: 'scoring',
    schemaVersion: SCORING_SCHEMA_VERSION,
    title: m.newSchemeTitle[locale],
    period: 'month',
    items: [],
    bands: [
      { grade: m.gradeExcellent[locale], min: 90 },
      { grade: m.gradeGood[locale], min: 80 },
      { grade: m.gradePass[locale], min: 60 },
      { grade: m.gradeFail[locale], min: 0 },
    ],
  };
}
