import { scoringFormIds, type JsonObject, type SchemeConflict } from '@formwork/runtime';
import { HttpError } from '../http/HttpError.js';
import { timeZoneAt } from '../query/TimeZone.js';
import type { ServerContext } from '../ServerContext.js';
import type { VersionedDocument } from '../storage/DocumentStore.js';
import type { ScoreRun } from '../storage/ScoreRunStore.js';
import { publishedScheme } from './publishedScheme.js';
import { requireScoringPeriod } from './requireScoringPeriod.js';
import { schemesOfApp } from './schemesOfApp.js';
import { scoreScheme } from './scoreScheme.js';

/** A stored run and the people the scheme could not score (another scheme claims them equally). */
export interface ComputedScoreRun {
  readonly run: ScoreRun;
  readonly conflicts: readonly SchemeConflict[];
}

/**
 * Computes the published version of a scheme for a period and stores it as a new run (the
 * period's current sheet): the inputs, the sheet and each read form's write stamp. The stamps are
 * read BEFORE computing, so a record written while the run computes makes the run stale rather
 * than being silently counted or missed. A period whose current run someone has confirmed is
 * recomputed only with a `reason` (422 otherwise): a confirmed figure never changes unexplained.
 *
 * One person, one scheme: people are assigned over every published, live scheme of the app.
 */
export async function computeScoreRun(context: Pick<ServerContext, 'stores' | 'now' | 'newId' | 'settings'>, document: VersionedDocument, periodName: string, computedBy: string, reason: string | undefined): Promise<ComputedScoreRun> {
  const { stores } = context;
  if (!document.published) throw new HttpError(409, 'scoring_not_published', { 'zh-CN': '考核方案尚未发布，不能计算', en: 'The scoring scheme is not published yet, so it cannot be run' });
  const scheme = publishedScheme(document.published.schema);
  requireScoringPeriod(scheme, periodName);
  // The latest run's summary: its inputs and sheet (megabytes for a thousand people) are not needed here.
  const [current] = await stores.scoreRuns.history(document.id, periodName);
  if (current && (reason === undefined || reason.trim() === '') && (await stores.scoreRuns.confirmations(current.id)).length > 0) {
    throw new HttpError(422, 'reason_required', { 'zh-CN': '该期考核结果已被确认，重新计算须填写原因', en: "This period's sheet has been confirmed; recomputing it needs a reason" });
  }

  const schemes = await schemesOfApp(stores, document, scheme);
  // Stamps first: see above.
  const formIds = scoringFormIds(scheme);
  const stamps = await stores.records.writeStamps(formIds);
  const now = context.now();
  const { sheet, inputs, conflicts } = await scoreScheme(stores, schemes, document.id, periodName, timeZoneAt(context.settings.records.timeZone, now));
  const run = await stores.scoreRuns.add({
    id: context.newId('srn'),
    schemeId: document.id,
    schemeVersion: document.published.version,
    period: periodName,
    trial: sheet.trial,
    inputs: asJson(inputs),
    sheet: asJson(sheet),
    formStamps: Object.fromEntries(formIds.map((id) => [id, stamps.get(id) ?? 0])),
    reason: reason?.trim() ? reason.trim() : null,
    computedAt: now,
    computedBy,
  });
  return { run, conflicts };
}

/**
 * The engine's inputs and sheets are plain data (strings, numbers, booleans, arrays, objects;
 * an optional field left out or undefined), so JSON as they are. Every boundary they cross — the
 * store's column, the HTTP answer — serializes them, so they are not copied here: a thousand
 * people's sheet is megabytes, and the copy cost ~50 ms a run (#13's bench).
 */
function asJson(value: object): JsonObject {
  return value as JsonObject;
}
