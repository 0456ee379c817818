import { ApiRouter } from '../http/ApiRouter.js';
import type { JsonSchema } from '../http/validation/ValueSchema.js';
import type { ServerContext } from '../ServerContext.js';
import { gatherWorkbench } from '../workbench/gatherWorkbench.js';
import { taskViewSchema, flowSummarySchema } from '../workflows/taskView.js';

const targetLine: JsonSchema = {
  type: 'object',
  properties: { itemId: { type: 'string' }, name: { type: 'string' }, actual: { type: 'number' }, target: { type: 'number' }, share: { type: 'number', description: 'actual ÷ target' } },
};

const performanceSchema: JsonSchema = {
  type: ['object', 'null'],
  description: "The app's first published scoring scheme: its run of this period, else of the previous one, in your scope; null when the app has no scheme",
  properties: {
    schemeId: { type: 'string' },
    title: { type: 'string' },
    period: { type: ['string', 'null'], description: 'The period shown; null when neither this period nor the previous one has a run' },
    current: { type: 'boolean', description: 'Whether period is the one holding today' },
    mine: {
      type: ['object', 'null'],
      description: 'Your own row: null when the run does not score you',
      properties: { total: { type: 'number' }, grade: { type: ['string', 'null'] }, rank: { type: ['integer', 'null'] }, of: { type: 'integer', description: 'How many the board ranks' }, targets: { type: 'array', items: targetLine } },
    },
    team: {
      type: ['object', 'null'],
      description: 'The people you manage (everyone, for an admin), without you: each item with a target summed; null when there is nobody',
      properties: { members: { type: 'integer' }, targets: { type: 'array', items: targetLine } },
    },
    laggards: { type: 'array', description: "Of the team, below 80 % of the first item's pro-rated target, furthest behind first (at most 5)", items: { type: 'object', properties: { personId: { type: 'string' }, name: { type: 'string' }, share: { type: 'number' } } } },
  },
};

export const workbenchSchema: JsonSchema = {
  type: 'object',
  properties: {
    today: { type: 'string', description: "The app's local date (YYYY-MM-DD) the periods are taken from" },
    tasks: {
      type: 'object',
      properties: {
        todo: { type: 'integer', description: 'Your open tasks (approvals waiting, returned records)' },
        next: { type: 'array', description: 'The newest five', items: { type: 'object', properties: { title: { type: 'string' }, task: taskViewSchema, flow: flowSummarySchema } } },
      },
    },
    apps: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          description: { type: 'string' },
          icon: { type: ['string', 'null'] },
          color: { type: ['string', 'null'] },
          forms: {
            type: 'array',
            description: 'Published forms you may read',
            items: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, canSubmit: { type: 'boolean' }, mine: { type: 'integer', description: 'Live records of yours' } } },
          },
          quickForms: { type: 'array', items: { type: 'string' }, description: 'Ids of the forms you fill most, at most three' },
          dashboards: { type: 'array', description: 'Published dashboards, the key one first', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' } } } },
          performance: performanceSchema,
        },
      },
    },
    recent: {
      type: 'array',
      description: 'Your newest records over every app',
      items: { type: 'object', properties: { id: { type: 'string' }, formId: { type: 'string' }, formTitle: { type: 'string' }, appId: { type: 'string' }, title: { type: 'string' }, createdAt: { type: 'string', format: 'date-time' } } },
    },
  },
};

/**
 * The workbench (#15): where a rep or a manager starts the day, in one request — to-dos, the
 * apps with the forms they fill most, this period's score, rank and progress against target,
 * a manager's team and laggards, the key dashboards, their latest records.
 */
export function workbenchRoutes(context: ServerContext): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/api/workbench',
      summary: "Your day's summary: to-dos, apps and quick forms, score, rank and targets, your team's progress, latest records",
      description:
        'Everything in your scopes: apps as GET /api/apps lists them, forms you may read, score sheets as the scoring routes show them (a rep their own row and rank, a manager the departments they manage and below, an admin everyone). Computes no score: it reads the current runs.',
      tags: ['workbench'],
      access: 'signedIn',
      responses: { 200: { description: 'The workbench', schema: workbenchSchema } },
    },
    ({ user }) => gatherWorkbench(context, user),
  );
  return api;
}
