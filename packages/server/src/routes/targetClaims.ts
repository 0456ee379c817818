import { ApiRouter } from '../http/ApiRouter.js';
import { invalidBody, notFound } from '../http/httpErrors.js';
import { v } from '../http/validation/v.js';
import type { ServerContext } from '../ServerContext.js';
import { scoreScopeOf } from '../scoring/ScoreScope.js';
import { claimField } from '../targets/claimsForm.js';
import { confirmTargetClaim } from '../targets/confirmTargetClaim.js';
import { decideTargetClaim } from '../targets/decideTargetClaim.js';
import { proposeTargetClaim } from '../targets/proposeTargetClaim.js';
import { checkPeriodName, readTargetClaims } from '../targets/readTargetClaims.js';

const text = (maxLength: number, description: string) => v.string({ minLength: 1, maxLength, trim: true, description });
const note = (description: string) => v.optional(v.string({ maxLength: 500, trim: true, singleLine: false, description }));
const periodAndMetric = {
  period: text(16, '2026, 2026-Q4, 2026-11 or 2026-W48'),
  metric: text(100, "The metric: the targets' metric key (the scoring item id, e.g. k_sales)"),
};
const claimView = { type: 'object', description: 'A claim: id, personId, name, departmentId, status (proposed|approved|returned|confirmed), proposed, note, approved, decisionNote, decidedBy, decidedAt, confirmedAmount, confirmedBy, confirmedAt, target (the person\'s target now), confirmedCurrent, version' } as const;
const claimsView = {
  type: 'object',
  properties: {
    period: { type: 'string' },
    metric: { type: 'string' },
    myTarget: { type: ['number', 'null'] },
    mine: { oneOf: [claimView, { type: 'null' }] },
    claims: { type: 'array', items: claimView },
    teams: { type: 'array', items: { type: 'object', description: "departmentId, name, summary: the engine's compareClaims (target, proposedTotal, approvedTotal, gap, proposedGap, pending, unconfirmed, message in both languages)" } },
  },
} as const;
const answered = { description: "The claims as the caller now sees them (as GET …/targets/claims answers)", schema: claimsView };

/** A JSON amount of 0 or more, or a 400 at `pointer`. */
function readAmount(value: unknown, pointer: string): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  throw invalidBody([{ pointer, code: 'amount', message: { 'zh-CN': '目标值必须是不小于 0 的数字', en: 'The amount must be a number of 0 or more' } }]);
}

/**
 * Target claims (目标认领, #13): a rep proposes their own target for a period and metric, their
 * manager approves it (it becomes their target) or returns it, each team's gap between its target
 * and what its people claimed is shown, and a rep confirms the target given to them. Claims are
 * records of a claims form the feature creates, so history and row scopes apply to them.
 */
export function targetClaimRoutes(context: ServerContext): ApiRouter {
  const { stores } = context;
  const api = new ApiRouter();
  const appOf = async (appId: string) => {
    const app = await stores.apps.findById(appId);
    if (!app) throw notFound();
    return app;
  };

  api.route(
    {
      method: 'get',
      path: '/api/apps/:appId/targets/claims',
      summary: "A period's claims of a metric: your own and your target; a manager's teams' with each team's gap to its target",
      description:
        "Everyone sees their own claim and target. Managers also see the claims of the people of the departments they manage and below (by the department on the claim) and, for each of those departments with a target of the period, the gap between its target and its people's claims (approved and proposed; returned claims are left out). Admins see all.",
      tags: ['targets'],
      access: 'signedIn',
      query: v.object(periodAndMetric),
      responses: { 200: answered, 400: { description: 'invalid_period' }, 404: { description: 'No such app' } },
    },
    async ({ query, user, param }) => {
      const app = await appOf(param('appId'));
      return readTargetClaims(context, app.id, user.id, await scoreScopeOf(stores, user), query.period, query.metric);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/apps/:appId/targets/claims',
      summary: 'Claim your own target for a period and metric (目标认领)',
      description:
        'Always for the caller: the person is you, the team the department you are in. Claiming again changes the claim while it waits or after it was returned; an approved or confirmed claim is a 409 `claim_decided`. The claims form is created on first use.',
      tags: ['targets'],
      access: 'signedIn',
      body: v.object({ ...periodAndMetric, proposed: v.json('The target you propose, a number of 0 or more'), note: note('What you base it on (optional)') }),
      responses: { 200: answered, 400: { description: 'invalid_body (/proposed) or invalid_period' }, 404: { description: 'No such app' }, 409: { description: 'claim_decided' } },
    },
    async ({ body, user, param, locale }) => {
      const app = await appOf(param('appId'));
      checkPeriodName(body.period);
      const proposed = readAmount(body.proposed, '/proposed');
      await proposeTargetClaim(context, user, app.id, { period: body.period, metric: body.metric, proposed, ...(body.note === undefined ? {} : { note: body.note }) }, locale);
      return readTargetClaims(context, app.id, user.id, await scoreScopeOf(stores, user), body.period, body.metric);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/apps/:appId/targets/claims/:claimId/decision',
      summary: "Approve a claim (it becomes the person's target) or return it to the rep",
      description:
        "Managers for the people of the departments they manage and below (by the department on the claim), never their own claim; admins any. Approving writes the amount (the proposed one unless `amount` says otherwise) as the person's target of the period through the targets' write path, in the same transaction, with who, when and why. Returning needs a `note`.",
      tags: ['targets'],
      access: 'signedIn',
      body: v.object({
        decision: v.oneOf(['approve', 'return']),
        amount: v.optional(v.json('approve: the target given, when not the amount proposed (0 or more)')),
        note: note('Why: required to return a claim; kept on the claim and in the target history'),
      }),
      responses: {
        200: answered,
        400: { description: 'invalid_body (/amount, /note), or what the targets write refuses (targets_rejected, target_changes_exhausted)' },
        403: { description: 'Your own claim' },
        404: { description: 'No such app, or a claim you cannot see or may not decide' },
        409: { description: 'claim_not_pending' },
      },
    },
    async ({ body, user, param, locale }) => {
      const app = await appOf(param('appId'));
      const amount = body.amount === undefined ? undefined : readAmount(body.amount, '/amount');
      await decideTargetClaim(context, user, app.id, param('claimId'), { decision: body.decision, ...(amount === undefined ? {} : { amount }), ...(body.note === undefined ? {} : { note: body.note }) }, locale);
      const record = await stores.records.findById(param('claimId'));
      const period = String(record?.data[claimField.period] ?? '');
      const metric = String(record?.data[claimField.metric] ?? '');
      return readTargetClaims(context, app.id, user.id, await scoreScopeOf(stores, user), period, metric);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/apps/:appId/targets/claims/confirm',
      summary: 'Confirm the target given to you for a period and metric',
      description:
        'Stamps who, when and the amount on your claim (made if you never claimed). A target changed afterwards shows as not confirmed (`confirmedCurrent` false) until you confirm again. 409 `no_target` when no target was given to you; 409 `claim_pending` while your own claim waits for your manager.',
      tags: ['targets'],
      access: 'signedIn',
      body: v.object(periodAndMetric),
      responses: { 200: answered, 400: { description: 'invalid_period' }, 404: { description: 'No such app' }, 409: { description: 'no_target or claim_pending' } },
    },
    async ({ body, user, param, locale }) => {
      const app = await appOf(param('appId'));
      checkPeriodName(body.period);
      await confirmTargetClaim(context, user, app.id, body.period, body.metric, locale);
      return readTargetClaims(context, app.id, user.id, await scoreScopeOf(stores, user), body.period, body.metric);
    },
  );

  return api;
}
