import { findLaggards } from '@formwork/runtime';
import { ApiRouter } from '../http/ApiRouter.js';
import { forbidden, invalidBody, invalidQuery, notFound } from '../http/httpErrors.js';
import { v } from '../http/validation/v.js';
import type { ServerContext } from '../ServerContext.js';
import { scoreScopeOf } from '../scoring/ScoreScope.js';
import { maySetTargets, planDecomposition } from '../targets/planDecomposition.js';
import { readLastYearActuals } from '../targets/readLastYearActuals.js';
import { readTargetActuals } from '../targets/readTargetActuals.js';
import { readTargetProgress } from '../targets/readTargetProgress.js';
import { findTargetsForm } from '../targets/targetsForm.js';
import { readTargetSettings } from '../targets/readTargetSettings.js';
import { saveTargetSettings } from '../targets/saveTargetSettings.js';
import { writeTargetRecords } from '../targets/writeTargetRecords.js';

const text = (maxLength: number, description: string) => v.string({ minLength: 1, maxLength, trim: true, description });
const localized = { type: 'object', properties: { 'zh-CN': { type: 'string' }, en: { type: 'string' } } } as const;
const node = { type: 'object', description: 'A TargetNode: key, label, value, start/end for time nodes, rule { code, text }, children' } as const;
const mismatch = { type: 'object', properties: { key: { type: 'string' }, path: { type: 'array', items: { type: 'string' } }, value: { type: 'number' }, childrenSum: { type: 'number' }, difference: { type: 'number' }, message: localized } } as const;
const progressRow = {
  type: 'object',
  properties: { personId: { type: 'string' }, name: { type: 'string' }, departmentId: { type: ['string', 'null'] }, target: { type: 'number' }, actual: { type: 'number' }, due: { type: 'number' }, share: { type: ['number', 'null'] } },
} as const;
const settingsView = { type: 'object', properties: { maxChangesPerPeriod: { type: ['integer', 'null'] } } } as const;
const progressQuery = {
  period: text(16, '2026, 2026-Q4, 2026-11 or 2026-W48'),
  metric: text(100, "The metric: the targets' metric key, and the id of the scoring item whose source gives the actuals"),
};

/**
 * Targets (#13): decomposing a target into records of the app's targets form (created on first
 * use), and progress against them. The records are ordinary records, so import, export, history,
 * row scopes and change reasons apply to them as to any form's.
 */
export function targetRoutes(context: ServerContext): ApiRouter {
  const { stores } = context;
  const api = new ApiRouter();

  api.route(
    {
      method: 'post',
      path: '/api/apps/:appId/targets/decompose',
      summary: 'Decompose a target over time or through the organisation: a dry run shows the tree, applying writes it',
      description:
        "Admins anywhere; managers for a department they manage (or below) — the company's target is the admins'. One dimension per request (`time` or `org`). `lastYear` shares quarters and months by last year's actuals of the metric (the published scoring item of that id: one grouped query over its form, for the department's people or everyone); `root.growth` sets the amount as last year's actual × (1 + growth ÷ 100), the root's rule saying so. `org.to: 'dimension'` with `org.field` (a single-choice field the admin added to the targets form: product line, region, customer type) splits the root's target into one part per option, each a target of the same period and department with `tgt_dimension` and that field set. The answer is the engine's tree with the rule behind each value, and every node whose children do not add up to it with the difference. Applying writes one targets-form record per node in ONE transaction through the record write path (history: who, when, why); replacing targets of the same period, level, department, person and metric needs a `reason`.",
      tags: ['targets'],
      access: 'signedIn',
      body: v.object({
        root: v.object({
          period: text(16, 'The period whose target is split: 2026, 2026-Q4, 2026-11, 2026-W48'),
          amount: v.optional(v.json('The amount, a number of 0 or more; absent when `growth` sets it')),
          growth: v.optional(v.json("Percent over last year's actual of the same period (20: × 1.2), read from the published scoring item whose id is the metric; instead of `amount`")),
          metric: text(100, 'The metric key, e.g. the scoring item id k_sales'),
          department: v.optional(text(100, 'The department whose target it is; absent: the company')),
        }),
        time: v.optional(
          v.object({
            to: v.oneOf(['quarter', 'month', 'week', 'day']),
            method: v.oneOf(['even', 'seasonal', 'lastYear']),
            weights: v.optional(v.json('seasonal: weights by the child\'s name within its year ("Q1"…"Q4", "01"…"12")')),
            weekRule: v.optional(v.oneOf(['fourWeeks', 'isoWeeks', 'workingDays'])),
          }),
        ),
        org: v.optional(
          v.object({
            to: v.oneOf(['department', 'person', 'dimension']),
            field: v.optional(text(100, 'dimension: the id of a single-choice field of the targets form (product line, region, customer type); one part per option')),
            dimension: v.optional(v.oneOf(['productLine', 'region', 'customerType'])),
            method: v.oneOf(['even', 'weights']),
            weights: v.optional(v.json('weights: base shares by department or user id')),
            adjustments: v.optional(v.json('Percent added to a unit\'s share by id: -20 for a new rep, 20 for a core rep')),
            rebalance: v.optional(v.boolean()),
          }),
        ),
        dryRun: v.boolean(),
        reason: v.optional(v.string({ maxLength: 500, trim: true, singleLine: false, description: 'Why: kept on every record and in its history; required when existing targets are replaced' })),
      }),
      responses: {
        200: { description: 'The dry run', schema: { type: 'object', properties: { dryRun: { type: 'boolean' }, tree: node, mismatches: { type: 'array', items: mismatch } } } },
        201: {
          description: 'Applied: the tree and the records written',
          schema: { type: 'object', properties: { dryRun: { type: 'boolean' }, tree: node, mismatches: { type: 'array', items: mismatch }, formId: { type: 'string' }, recordIds: { type: 'array', items: { type: 'string' } }, created: { type: 'integer' }, replaced: { type: 'integer' } } },
        },
        400: { description: 'invalid_decomposition (pointer into the body), reason_required, or targets_rejected (each failing record at /records/<n>; nothing written)' },
        409: { description: 'target_changes_exhausted: a target would change more often in its period than the app allows (each at /records/<n>; nothing written)' },
        403: { description: 'Not an admin, nor a manager of the department' },
        404: { description: 'No such app' },
      },
    },
    async ({ res, body, user, param, locale }) => {
      const app = await stores.apps.findById(param('appId'));
      if (!app) throw notFound();
      if (!(await maySetTargets(stores, user, body.root.department ?? null))) throw forbidden();
      const department = body.root.department ?? null;
      const plan = await planDecomposition(
        stores,
        body,
        (lastYear, pointer) => readLastYearActuals(context, app.id, body.root.metric, lastYear, department, pointer),
        async (fieldId) => {
          const field = (await findTargetsForm(stores, app.id))?.published?.schema.fields.find((each) => each.id === fieldId);
          return field && (field.type === 'select' || field.type === 'radio') ? field.options : undefined;
        },
      );
      const shown = { tree: plan.tree, mismatches: plan.mismatches };
      if (body.dryRun) return { dryRun: true, ...shown };
      const written = await writeTargetRecords(context, user, app.id, body.root.metric, plan.records, locale, body.reason);
      res.status(201);
      return { dryRun: false, ...shown, ...written };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/apps/:appId/targets/progress',
      summary: 'Actual against target per person for a period and metric, pro-rated to today',
      description:
        "The people your scope holds (yourself; a manager's departments and below; an admin everyone) who have a person-level target. Actuals come from the published scoring scheme item whose id is the metric (its aggregate source, one grouped query); without one, `actualSource` is null and every actual 0.",
      tags: ['targets'],
      access: 'signedIn',
      query: v.object(progressQuery),
      responses: {
        200: { description: 'Progress', schema: { type: 'object', properties: { period: { type: 'string' }, metric: { type: 'string' }, today: { type: 'string' }, actualSource: { type: ['object', 'null'] }, people: { type: 'array', items: progressRow } } } },
        400: { description: 'invalid_period' },
        404: { description: 'No such app' },
      },
    },
    async ({ query, user, param }) => {
      const app = await stores.apps.findById(param('appId'));
      if (!app) throw notFound();
      return readTargetProgress(context, app.id, await scoreScopeOf(stores, user), query.period, query.metric);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/apps/:appId/targets/laggards',
      summary: "People below a share of their pro-rated target by day n of the period, for their managers",
      description: 'Managers (the people of the departments they manage and below) and admins. Before day `day` of the period nobody is listed (`checked` false). Furthest behind first.',
      tags: ['targets'],
      access: 'signedIn',
      query: v.object({
        ...progressQuery,
        share: v.optional(text(8, 'The share of the pro-rated target below which a person lags, 0–1; default 0.8')),
        day: v.optional(text(3, 'From which day of the period people are checked; default 1')),
      }),
      responses: {
        200: { description: 'The laggards', schema: { type: 'object', properties: { period: { type: 'string' }, today: { type: 'string' }, checked: { type: 'boolean' }, dayOfPeriod: { type: 'integer' }, laggards: { type: 'array', items: { type: 'object' } } } } },
        400: { description: 'invalid_period, or invalid_query (share or day)' },
        403: { description: 'Not a manager or admin' },
        404: { description: 'No such app' },
      },
    },
    async ({ query, user, param }) => {
      const app = await stores.apps.findById(param('appId'));
      if (!app) throw notFound();
      if (user.role !== 'admin' && user.role !== 'manager') throw forbidden();
      const threshold = query.share === undefined ? 0.8 : Number(query.share);
      const fromDay = query.day === undefined ? 1 : Number(query.day);
      const faults = [
        ...(Number.isFinite(threshold) && threshold > 0 && threshold <= 1 ? [] : [{ pointer: '/share', code: 'range', message: { 'zh-CN': '必须是 0 到 1 之间的数（如 0.8）', en: 'must be a number between 0 and 1 (e.g. 0.8)' } }]),
        ...(Number.isInteger(fromDay) && fromDay >= 1 && fromDay <= 366 ? [] : [{ pointer: '/day', code: 'range', message: { 'zh-CN': '必须是 1 到 366 之间的整数', en: 'must be a whole number from 1 to 366' } }]),
      ];
      if (faults.length > 0) throw invalidQuery(faults);
      const scope = await scoreScopeOf(stores, user);
      // A manager's list is their teams', never their own row.
      const progress = await readTargetProgress(context, app.id, scope, query.period, query.metric);
      const people = progress.people.filter((person) => scope.kind === 'all' || person.personId !== scope.self);
      const result = findLaggards({ progress: people.map(({ personId, name, target, actual }) => ({ personId, name, target, actual })), period: query.period, today: progress.today, threshold, fromDay });
      return { period: query.period, today: progress.today, ...result };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/apps/:appId/targets/actuals',
      summary: 'The actual of every stored target of a metric, by target record id (the bars of the decomposition tree)',
      description:
        "Over each target's period (year, quarter or month; null for weeks and days) and unit: a person's own, a department's people's with its sub-departments', the company's everyone's — from the published scoring item whose id is the metric (a sum or a count; else `source` false and every actual null), one query grouped by person and month. Team totals for everyone; a person's own only within your scope (null otherwise).",
      tags: ['targets'],
      access: 'signedIn',
      query: v.object({ metric: progressQuery.metric }),
      responses: {
        200: { description: 'The actuals', schema: { type: 'object', properties: { metric: { type: 'string' }, source: { type: 'boolean' }, actuals: { type: 'object', additionalProperties: { type: ['number', 'null'] } } } } },
        404: { description: 'No such app' },
      },
    },
    async ({ query, user, param }) => {
      const app = await stores.apps.findById(param('appId'));
      if (!app) throw notFound();
      return readTargetActuals(context, app.id, await scoreScopeOf(stores, user), query.metric);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/apps/:appId/targets/settings',
      summary: "The app's targets settings: how many times a target may change in its period",
      description: '`maxChangesPerPeriod`: how many times the amount of a target (one period, level, department, person and metric) may change after it is written; null: no limit (the default).',
      tags: ['targets'],
      access: 'signedIn',
      responses: { 200: { description: 'The settings', schema: settingsView }, 404: { description: 'No such app' } },
    },
    async ({ param }) => {
      const app = await stores.apps.findById(param('appId'));
      if (!app) throw notFound();
      return readTargetSettings(stores, app.id);
    },
  );

  api.route(
    {
      method: 'put',
      path: '/api/apps/:appId/targets/settings',
      summary: "Change the app's targets settings (admins)",
      description:
        "Kept as the one record of a settings form the feature creates, so every change has its history (who, when, `reason`). A decomposition or an approved claim that would change a target's amount more often than `maxChangesPerPeriod` is refused with 409 `target_changes_exhausted`; any other write of a target record (the records API, a batch, an import row, a workflow's edit) with 422 `target_changes_exhausted`. The targets page shows admins a control for it.",
      tags: ['targets'],
      access: 'signedIn',
      body: v.object({
        maxChangesPerPeriod: v.json('A whole number of 0 or more, or null for no limit'),
        reason: v.optional(v.string({ maxLength: 500, trim: true, singleLine: false, description: 'Why, kept in the history' })),
      }),
      responses: { 200: { description: 'The settings as saved', schema: settingsView }, 400: { description: 'invalid_body (/maxChangesPerPeriod)' }, 403: { description: 'Not an admin' }, 404: { description: 'No such app' } },
    },
    async ({ body, user, param, locale }) => {
      const app = await stores.apps.findById(param('appId'));
      if (!app) throw notFound();
      if (user.role !== 'admin') throw forbidden();
      const limit = body.maxChangesPerPeriod;
      if (limit !== null && !(typeof limit === 'number' && Number.isInteger(limit) && limit >= 0)) {
        throw invalidBody([{ pointer: '/maxChangesPerPeriod', code: 'range', message: { 'zh-CN': '必须是不小于 0 的整数，或 null 表示不限', en: 'must be a whole number of 0 or more, or null for no limit' } }]);
      }
      return saveTargetSettings(context, user, app.id, { maxChangesPerPeriod: limit }, locale, body.reason);
    },
  );

  return api;
}
