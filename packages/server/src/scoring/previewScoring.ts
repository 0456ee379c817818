import { explainScoreSheet, parseScoringSchema, type SchemeConflict, type ScoreSheet } from '@formwork/runtime';
import { invalidDocumentSchema } from '../documents/invalidDocumentSchema.js';
import { timeZoneAt } from '../query/TimeZone.js';
import type { ServerContext } from '../ServerContext.js';
import type { VersionedDocument } from '../storage/DocumentStore.js';
import { scoringNoun } from './checkScoringSchema.js';
import { requireScoringPeriod } from './requireScoringPeriod.js';
import { schemesOfApp } from './schemesOfApp.js';
import { scoreScheme } from './scoreScheme.js';

/** A draft's sheet for a period, computed and not kept. */
export interface ScoringPreview {
  readonly sheet: ScoreSheet;
  readonly conflicts: readonly SchemeConflict[];
}

/**
 * What the stored draft of a scheme would score for a period, before it is published: the same
 * path as a run (`schemesOfApp`, `scoreScheme` over the stored records in the app's time zone)
 * with the draft in place of the published version, and nothing stored — no run, no stamps.
 */
export async function previewScoring(context: Pick<ServerContext, 'stores' | 'now' | 'settings'>, document: VersionedDocument, periodName: string): Promise<ScoringPreview> {
  const parsed = parseScoringSchema(document.draft);
  if (!parsed.ok) throw invalidDocumentSchema(scoringNoun, parsed.errors);
  const scheme = parsed.value;
  requireScoringPeriod(scheme, periodName);
  const schemes = await schemesOfApp(context.stores, document, scheme);
  const { sheet, conflicts } = await scoreScheme(context.stores, schemes, document.id, periodName, timeZoneAt(context.settings.records.timeZone, context.now()));
  return { sheet: explainScoreSheet(sheet), conflicts };
}
