import { formatPeriod, parseDay, periodContaining, previousPeriod } from '@formwork/runtime';
import { localDateOf, timeZoneAt } from '../query/TimeZone.js';
import { computeScoreRun } from '../scoring/computeScoreRun.js';
import { publishedScheme } from '../scoring/publishedScheme.js';
import { sheetOf } from '../scoring/scoreRunView.js';
import type { ServerContext } from '../ServerContext.js';
import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';

/** A run an install computed. */
export interface InstalledScoreRun {
  readonly schemeId: string;
  /** The period before the one holding the install's day, in the app's time zone (`2026-11`). */
  readonly period: string;
  readonly runId: string;
  /** People on the sheet. */
  readonly people: number;
}

/**
 * Inside an install's transaction, at its end: computes and stores each scheme's run for the
 * period before the present one (last month for a monthly scheme), so that 我的绩效, the
 * leaderboard and the workbench show scores right after an install with sample data — a
 * manager's month-end sheet, neither a trial nor confirmed. `sampleWritten`: whether this install
 * wrote sample records; without them a scheme is computed only when that period already has a
 * run, which the scheme's new sources (`linkTemplateApps`) made stale — the sheet is recomputed
 * over what the scheme now reads. A period whose current run someone confirmed is left alone: a
 * confirmed figure never changes without a reason.
 *
 * @example
 * await scoreLastPeriod(context, tx, [schemeId], admin, true) // [{ schemeId, period: '2026-11', … }]
 */
export async function scoreLastPeriod(context: Pick<ServerContext, 'now' | 'newId' | 'settings'>, tx: Stores, schemeIds: readonly string[], installedBy: User, sampleWritten: boolean): Promise<InstalledScoreRun[]> {
  const now = context.now();
  const day = parseDay(localDateOf(now, timeZoneAt(context.settings.records.timeZone, now)));
  if (day === undefined) return [];
  const runs: InstalledScoreRun[] = [];
  for (const schemeId of new Set(schemeIds)) {
    const document = await tx.documents.findById(schemeId);
    if (!document?.published || document.archivedAt !== null) continue;
    const period = formatPeriod(previousPeriod(periodContaining(day, publishedScheme(document.published.schema).period)));
    const [current] = await tx.scoreRuns.history(schemeId, period);
    if (!sampleWritten && !current) continue;
    if (current && (await tx.scoreRuns.confirmations(current.id)).length > 0) continue;
    const { run } = await computeScoreRun({ ...context, stores: tx }, document, period, installedBy.id, undefined);
    runs.push({ schemeId, period, runId: run.id, people: sheetOf(run).people.length });
  }
  return runs;
}
