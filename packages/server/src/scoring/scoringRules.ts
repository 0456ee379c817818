import type { DocumentKindRules } from '../documents/DocumentKindRules.js';
import { timeZoneAt } from '../query/TimeZone.js';
import type { ServerContext } from '../ServerContext.js';
import { requireValidScoringSchema, scoringNoun } from './checkScoringSchema.js';

/**
 * Scoring schemes as the shared versioned-document routes handle them: checked by the engine's
 * parser and against the published forms they read, filters read in the app's time zone.
 */
export function scoringRules(context: Pick<ServerContext, 'settings' | 'now'>): DocumentKindRules {
  return {
    kind: 'scoring',
    noun: scoringNoun,
    // Any app's published forms: see requireValidScoringSchema.
    check: (stores, _appId, input) => requireValidScoringSchema(stores, input, timeZoneAt(context.settings.records.timeZone, context.now())),
  };
}
