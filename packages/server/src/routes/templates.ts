import { ApiRouter } from '../http/ApiRouter.js';
import { v } from '../http/validation/v.js';
import type { ServerContext } from '../ServerContext.js';
import { installTemplate, type TemplateInstallResult } from '../templates/installTemplate.js';
import { listTemplateSummaries } from '../templates/listTemplateSummaries.js';
import { appViewSchema } from './apps.js';

const installBody = v.object({ sampleData: v.optional(v.boolean()) });

const keyedTitles = { type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, title: { type: 'string' } } } };

const templateSummarySchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string' },
    icon: { type: ['string', 'null'] },
    forms: keyedTitles,
    workflows: keyedTitles,
    dashboards: keyedTitles,
    scorings: keyedTitles,
    roles: { type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, name: { type: 'string' } } } },
    sampleData: {
      type: 'object',
      properties: { departments: { type: 'integer' }, users: { type: 'integer' }, records: { type: 'integer' }, recordsByForm: { type: 'object', additionalProperties: { type: 'integer' } } },
    },
  },
};

const installResultSchema = {
  type: 'object',
  properties: {
    template: { type: 'string' },
    app: appViewSchema,
    forms: { type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, id: { type: 'string' }, title: { type: 'string' } } } },
    documents: { type: 'array', items: { type: 'object', properties: { kind: { type: 'string' }, key: { type: 'string' }, id: { type: 'string' } } } },
    sampleData: {
      type: ['object', 'null'],
      properties: {
        departments: { type: 'object', properties: { created: { type: 'integer' }, reused: { type: 'integer' } } },
        users: { type: 'object', properties: { created: { type: 'integer' }, reused: { type: 'integer' } } },
        initialPassword: { type: ['string', 'null'], description: 'The one random initial password of every sample user this install created; shown only here' },
        records: { type: 'object', additionalProperties: { type: 'integer' } },
        flows: { type: 'object', description: "Approval flows started on the sample's records awaiting approval (审批中 contracts, last month's evaluations, …), by form key", additionalProperties: { type: 'integer' } },
      },
    },
    scoreRuns: {
      type: 'array',
      description: "Last period's score runs computed at the end of the install: a new scheme's with sample data, and a re-pointed scheme's that had one",
      items: { type: 'object', properties: { schemeId: { type: 'string' }, period: { type: 'string' }, runId: { type: 'string' }, people: { type: 'integer' } } },
    },
    links: {
      type: 'array',
      description: "Schemes pointed at another installed template's forms by this install (the performance scheme reading the CRM's), in this app or an earlier one",
      items: {
        type: 'object',
        properties: {
          app: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
          scoring: { type: 'object', properties: { id: { type: 'string' }, key: { type: 'string' }, version: { type: 'integer' } } },
          reads: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, template: { type: 'string' } } },
        },
      },
    },
  },
};

/** The install's answer: the app as `/api/apps` shows it, and what was made in it. */
export function toInstallView(result: TemplateInstallResult) {
  const { app } = result;
  return {
    ...result,
    app: { id: app.id, name: app.name, description: app.description, icon: app.icon, createdBy: app.createdBy, createdAt: new Date(app.createdAt).toISOString(), updatedAt: new Date(app.updatedAt).toISOString() },
  };
}

/**
 * The template gallery (#15): the shipped app bundles and installing one as a new app, with or
 * without sample data. Admins only: an install creates apps, and with sample data users.
 */
export function templateRoutes(context: ServerContext): ApiRouter {
  const api = new ApiRouter();

  api.route(
    {
      method: 'get',
      path: '/api/templates',
      summary: 'List the templates that can be installed',
      tags: ['templates'],
      access: 'admin',
      responses: { 200: { description: 'The templates', schema: { type: 'object', properties: { items: { type: 'array', items: templateSummarySchema } } } } },
    },
    () => ({ items: listTemplateSummaries(context.now()) }),
  );

  api.route(
    {
      method: 'post',
      path: '/api/templates/:name/install',
      summary: 'Install a template as a new app (one transaction), with or without sample data',
      tags: ['templates'],
      access: 'admin',
      body: installBody,
      responses: {
        201: { description: 'Installed: the new app and what is in it', schema: installResultSchema },
        404: { description: 'unknown_template' },
        500: { description: 'invalid_bundle or invalid_sample_data: the shipped template is broken (details point into it); nothing was installed' },
      },
    },
    async ({ res, body, user, param, locale }) => {
      const result = await installTemplate(context, param('name'), { sampleData: body.sampleData ?? false, installedBy: user, locale });
      res.status(201);
      return toInstallView(result);
    },
  );

  return api;
}
