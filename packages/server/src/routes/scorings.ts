import { formatPeriod, parsePeriod, previousPeriod } from '@formwork/runtime';
import { addVersionedDocumentRoutes } from '../documents/addVersionedDocumentRoutes.js';
import { isPublishedDocumentVisible } from '../documents/isPublishedDocumentVisible.js';
import { ApiRouter } from '../http/ApiRouter.js';
import { HttpError } from '../http/HttpError.js';
import { forbidden, invalidQuery, notFound } from '../http/httpErrors.js';
import type { JsonSchema } from '../http/validation/ValueSchema.js';
import { v } from '../http/validation/v.js';
import { computeScoreRun } from '../scoring/computeScoreRun.js';
import { confirmScoreRun } from '../scoring/confirmScoreRun.js';
import { leaderboardOf, leaderboardSchema } from '../scoring/leaderboardOf.js';
import { previewScoring } from '../scoring/previewScoring.js';
import { scopedSheet, scoreConfirmationListSchema, scoreRunViewSchema, sheetOf, toConfirmationView, toScoreRunView } from '../scoring/scoreRunView.js';
import { scoreRunSummarySchema, toScoreRunSummary } from '../scoring/scoreRunSummary.js';
import { scoreScopeOf } from '../scoring/ScoreScope.js';
import { scoreTrendOf, scoreTrendSchema, trendPeriods } from '../scoring/scoreTrendOf.js';
import { scoringRules } from '../scoring/scoringRules.js';
import type { ServerContext } from '../ServerContext.js';
import type { ScoreRun } from '../storage/ScoreRunStore.js';
import type { User } from '../storage/UserStore.js';

const scoringPreviewSchema: JsonSchema = {
  type: 'object',
  properties: {
    period: { type: 'string' },
    title: { type: 'string' },
    trial: { type: 'boolean', description: 'The period falls in the draft\'s trial' },
    weightSet: { type: 'string' },
    precision: { type: 'integer' },
    weightTotal: { type: 'number' },
    people: { type: 'array', items: { type: 'object', description: "A PersonScore of the engine's ScoreSheet (items with explanations, total, grade)" } },
    teams: { type: 'array', items: { type: 'object', description: "A TeamScore of the engine's ScoreSheet" } },
    conflicts: { type: 'array', items: { type: 'object', properties: { personId: { type: 'string' }, message: { type: 'object' } } } },
  },
};

const periodText = (description: string) => v.string({ minLength: 1, maxLength: 16, trim: true, description });

/**
 * Scoring schemes (考核方案), stored per app with drafts and published versions as forms and
 * dashboards are (the shared versioned-document routes), and their runs: a score sheet per
 * period computed from the records and kept as a snapshot, read in the viewer's scope (a rep
 * their own row, a manager the departments they manage, an admin all), confirmed by managers
 * for their teams and acknowledged by reps, and ranked on a leaderboard.
 *
 * Everyone signed in may read a published, live scheme (a rep reads how they are scored); the
 * rest is 404 for non-admins, as for dashboards.
 */
export function scoringRoutes(context: ServerContext): ApiRouter {
  const { stores } = context;
  const api = new ApiRouter();
  const isVisible = (user: User, document: Parameters<typeof isPublishedDocumentVisible>[1]) => isPublishedDocumentVisible(user, document, 'scoring');
  const findVisibleScheme = addVersionedDocumentRoutes(api, context, {
    rules: scoringRules(context),
    collection: 'scorings',
    tag: 'scoring',
    schemaName: 'ScoringSchema',
    schemaDescription: 'A ScoringSchema document (kind "scoring"), checked by the engine; every form a source or target names is a published form of the same app with the fields named',
    idPrefix: 'sco',
    isVisible,
  });

  const currentRun = async (user: User, schemeId: string, period: string): Promise<ScoreRun> => {
    await findVisibleScheme(user, schemeId);
    const run = await stores.scoreRuns.latest(schemeId, period);
    if (!run) throw noRun(period);
    return run;
  };
  const noRunResponse = '`no_run`: the period has not been computed yet; `not_found`: no such scheme, or the run holds nothing for you';

  api.route(
    {
      method: 'post',
      path: '/api/scorings/:id/runs',
      summary: "Compute the published scheme's score sheet for a period and store it as the current run; answers a summary, the sheet is the GET",
      description:
        'Admins and managers. Computes everyone the scheme scores (one person, one scheme over the app\'s published schemes) from the records, and stores inputs, sheet and the read forms\' write stamps. Once the current run of the period is confirmed, a recomputation needs a reason.',
      tags: ['scoring'],
      access: 'signedIn',
      body: v.object({ period: periodText('2026, 2026-Q4, 2026-11 or 2026-W48, of the scheme\'s period kind'), reason: v.optional(v.string({ maxLength: 500, trim: true, singleLine: false })) }),
      responses: {
        201: {
          description:
            "The new run summed up in your scope (its sheet is not answered: `Location` names `GET /api/scorings/:id/runs/:period`, which reads it), with conflicts (people another scheme claims equally)",
          schema: scoreRunSummarySchema,
        },
        400: { description: 'invalid_period' },
        403: { description: 'Not an admin or a manager' },
        404: { description: 'No such scheme, or not yours to see' },
        409: { description: 'scoring_not_published, or scoring_source_invalid (a form or field the scheme reads is gone)' },
        422: { description: 'reason_required: the current run of the period has been confirmed' },
      },
    },
    async ({ res, body, user, param }) => {
      const scheme = await findVisibleScheme(user, param('id'));
      if (user.role !== 'admin' && user.role !== 'manager') throw forbidden();
      const { run, conflicts } = await computeScoreRun(context, scheme, body.period, user.id, body.reason);
      res.status(201).set('Location', `/api/scorings/${encodeURIComponent(run.schemeId)}/runs/${encodeURIComponent(run.period)}`);
      return toScoreRunSummary(run, await scoreScopeOf(stores, user), conflicts);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/scorings/:id/preview',
      summary: "Compute the draft's score sheet for a period without publishing or storing it",
      description:
        'Admins. The same computation as a run (everyone the draft would score, one person one scheme over the app\'s published schemes, actual values from the records in the app\'s time zone), from the stored draft; nothing is stored.',
      tags: ['scoring'],
      access: 'admin',
      body: v.object({ period: periodText('2026, 2026-Q4, 2026-11 or 2026-W48, of the scheme\'s period kind') }),
      responses: {
        200: { description: "The draft's sheet (the engine's ScoreSheet: people with items and explanations, teams) and the people another scheme claims equally", schema: scoringPreviewSchema },
        400: { description: 'invalid_period (details point at /period)' },
        403: { description: 'Not an admin' },
        404: { description: 'No such scheme' },
        409: { description: 'scoring_source_invalid: a form or field the draft reads is gone' },
      },
    },
    async ({ body, user, param }) => {
      const { sheet, conflicts } = await previewScoring(context, await findVisibleScheme(user, param('id')), body.period);
      return { ...sheet, conflicts: conflicts.map(({ personId, message }) => ({ personId, message })) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/scorings/:id/runs/:period',
      summary: 'The current score sheet of a period, in your scope, with its confirmations and history',
      description: 'A rep sees their own row, a manager the people and roll-ups of the departments they manage (and below), an admin all. `stale` says a form the run read was written since.',
      tags: ['scoring'],
      access: 'signedIn',
      responses: { 200: { description: 'The run', schema: scoreRunViewSchema }, 404: { description: noRunResponse } },
    },
    async ({ user, param }) => {
      const run = await currentRun(user, param('id'), param('period'));
      const view = await toScoreRunView(stores, run, await scoreScopeOf(stores, user));
      if (!view) throw notFound();
      return view;
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/scorings/:id/runs/:period/confirm',
      summary: "Confirm a team's sheet (its manager) or acknowledge your own (a rep)",
      description: 'Stamped with who and when, and the `note` given, once per subject and run; a trial run is never confirmed.',
      tags: ['scoring'],
      access: 'signedIn',
      body: v.object({
        subject: v.oneOf(['team', 'person']),
        id: v.string({ minLength: 1, maxLength: 100, description: 'The department id (team) or your user id (person)' }),
        note: v.optional(v.string({ maxLength: 500, trim: true, singleLine: false, description: 'What you say with it, kept with the stamp' })),
      }),
      responses: {
        200: { description: "The run's confirmations you may see", schema: scoreConfirmationListSchema },
        403: { description: "Not yours to confirm (someone else's sheet, a team you do not manage)" },
        404: { description: `No such subject in your scope; ${noRunResponse}` },
        409: { description: 'already_confirmed, or trial_run' },
      },
    },
    async ({ body, user, param }) => {
      const run = await currentRun(user, param('id'), param('period'));
      const scope = await scoreScopeOf(stores, user);
      await confirmScoreRun(stores, run, user, scope, body, context.now());
      const view = await toScoreRunView(stores, run, scope);
      return { confirmations: view?.confirmations ?? (await stores.scoreRuns.confirmations(run.id)).map(toConfirmationView) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/scorings/:id/leaderboard',
      summary: 'Rank, name, total and grade of the current run of a period, in your scope',
      description:
        "Ranks are over everyone on the sheet (or in `department` and its sub-departments); the rows are those your scope holds, so a rep sees their own rank only. No setting opens the board to everyone yet. Each row carries its `previousRank` on the previous period's current run (ranked the same way), null when the person was not on it.",
      tags: ['scoring'],
      access: 'signedIn',
      query: v.object({ period: periodText('The period'), department: v.optional(v.string({ minLength: 1, maxLength: 100, description: 'A department: rank within it and its sub-departments' })) }),
      responses: { 200: { description: 'The leaderboard, best first', schema: leaderboardSchema }, 404: { description: noRunResponse } },
    },
    async ({ query, user, param }) => {
      const run = await currentRun(user, param('id'), query.period);
      const scope = await scoreScopeOf(stores, user);
      const sheet = sheetOf(run);
      // As for the sheet: a viewer the run holds nothing for gets the same 404 as for no run.
      const held = scopedSheet(sheet, scope);
      if (scope.kind !== 'all' && held.people.length === 0 && held.teams.length === 0) throw notFound();
      const departments = query.department === undefined ? undefined : new Set(await stores.departments.subtreeIds(query.department));
      const period = parsePeriod(run.period);
      const previousName = period ? formatPeriod(previousPeriod(period)) : undefined;
      const previous = previousName === undefined ? undefined : await stores.scoreRuns.latest(run.schemeId, previousName);
      return {
        period: run.period,
        runId: run.id,
        ...(previousName === undefined ? {} : { previousPeriod: previousName }),
        trial: run.trial,
        items: leaderboardOf(sheet, scope, departments, previous ? sheetOf(previous) : undefined),
      };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/scorings/:id/trend',
      summary: "A person's totals over the periods up to one, from each period's current run, in your scope",
      description:
        'The `periods` periods ending with `period` (default 6, at most 24), oldest first, read in one query. A period without a run, or whose run holds no row of the person you may see (a manager sees a rep while the rep is in their team), has `total` null. `person` defaults to yourself; a rep may ask only for themselves.',
      tags: ['scoring'],
      access: 'signedIn',
      query: v.object({
        period: periodText('The last period of the trend'),
        person: v.optional(v.string({ minLength: 1, maxLength: 100, description: 'A user id; default yourself' })),
        periods: v.optional(v.string({ minLength: 1, maxLength: 3, description: 'How many periods, 1–24; default 6' })),
      }),
      responses: {
        200: { description: 'The trend, oldest period first', schema: scoreTrendSchema },
        400: { description: 'invalid_period, or invalid_query (periods)' },
        403: { description: 'A rep asking for someone else' },
        404: { description: 'No such scheme, or not yours to see' },
      },
    },
    async ({ query, user, param }) => {
      const scheme = await findVisibleScheme(user, param('id'));
      const count = query.periods === undefined ? 6 : Number(query.periods);
      if (!Number.isInteger(count) || count < 1 || count > 24) {
        throw invalidQuery([{ pointer: '/periods', code: 'range', message: { 'zh-CN': '必须是 1 到 24 之间的整数', en: 'must be a whole number from 1 to 24' } }]);
      }
      const periods = trendPeriods(query.period, count);
      if (!periods) throw invalidPeriod(query.period);
      const personId = query.person ?? user.id;
      const scope = await scoreScopeOf(stores, user);
      // A rep (no department managed) has no one else to look at: say so rather than answer a row of nulls.
      if (personId !== user.id && scope.kind === 'some' && scope.departments.size === 0) throw forbidden();
      const runs = await stores.scoreRuns.latestOfPeriods(scheme.id, periods);
      return { personId, items: scoreTrendOf(periods, runs, personId, scope) };
    },
  );

  return api;
}

function noRun(period: string): HttpError {
  return new HttpError(404, 'no_run', { 'zh-CN': `“${period}”期的考核结果尚未计算`, en: `No score sheet has been computed for ${period} yet` });
}

function invalidPeriod(period: string): HttpError {
  return new HttpError(400, 'invalid_period', { 'zh-CN': '周期无效', en: 'Invalid period' }, [
    { pointer: '/period', code: 'period', message: { 'zh-CN': `“${period}”不是周期名称（如 2026、2026-Q4、2026-11、2026-W48）`, en: `"${period}" is not a period name (2026, 2026-Q4, 2026-11, 2026-W48)` } },
  ]);
}
