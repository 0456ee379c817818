import { commonSchemaDefs } from '../commonSchemaDefs.js';
import { DASHBOARD_SCHEMA_VERSION } from './DashboardSchema.js';

const widgetBaseProperties = {
  id: { $ref: '#/$defs/id' },
  type: true,
  title: { $ref: '#/$defs/name' },
  query: { $ref: '#/$defs/query' },
  layout: { $ref: '#/$defs/layout' },
} as const;

const widgetBaseRequired = ['id', 'type', 'title', 'query', 'layout'] as const;

/**
 * The meta-schema of DashboardSchema (JSON Schema draft 2020-12), published as
 * `packages/runtime/schemas/dashboard.schema.json`. Widget settings are chosen by `if`/`then` on
 * `type`.
 */
export const dashboardMetaSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://formwork.dev/schemas/dashboard.schema.json',
  title: 'Formwork dashboard',
  description: 'Widgets over server-side aggregates of form records, laid out on a grid, with filters.',
  type: 'object',
  required: ['kind', 'schemaVersion', 'title', 'widgets'],
  properties: {
    kind: { const: 'dashboard' },
    schemaVersion: { const: DASHBOARD_SCHEMA_VERSION },
    title: { $ref: '#/$defs/name' },
    description: { type: 'string' },
    widgets: { type: 'array', items: { $ref: '#/$defs/widget' } },
    filters: { type: 'array', items: { $ref: '#/$defs/filter' } },
    dataScope: { enum: ['viewer', 'all'] },
  },
  additionalProperties: false,
  $defs: {
    ...commonSchemaDefs,
    widget: {
      type: 'object',
      required: widgetBaseRequired,
      properties: { id: { $ref: '#/$defs/id' }, type: { enum: ['kpi', 'bar', 'line', 'pie', 'funnel', 'gauge', 'leaderboard', 'pivot', 'table'] } },
      allOf: [
        {
          if: { type: 'object', properties: { type: { const: 'kpi' } }, required: ['type'] },
          then: {
            properties: { ...widgetBaseProperties, compareTo: { const: 'previousPeriod' }, unit: { type: 'string' } },
            additionalProperties: false,
          },
        },
        {
          if: { type: 'object', properties: { type: { const: 'bar' } }, required: ['type'] },
          then: {
            properties: { ...widgetBaseProperties, stacked: { type: 'boolean' }, horizontal: { type: 'boolean' } },
            additionalProperties: false,
          },
        },
        {
          if: { type: 'object', properties: { type: { const: 'line' } }, required: ['type'] },
          then: { properties: { ...widgetBaseProperties, stacked: { type: 'boolean' }, area: { type: 'boolean' } }, additionalProperties: false },
        },
        {
          if: { type: 'object', properties: { type: { const: 'pie' } }, required: ['type'] },
          then: { properties: { ...widgetBaseProperties, donut: { type: 'boolean' } }, additionalProperties: false },
        },
        {
          if: { type: 'object', properties: { type: { const: 'funnel' } }, required: ['type'] },
          then: {
            properties: { ...widgetBaseProperties, stages: { type: 'array', items: { type: 'string' } } },
            additionalProperties: false,
          },
        },
        {
          if: { type: 'object', properties: { type: { const: 'gauge' } }, required: ['type'] },
          then: {
            required: ['target'],
            properties: { ...widgetBaseProperties, target: { type: 'number', exclusiveMinimum: 0 }, unit: { type: 'string' } },
            additionalProperties: false,
          },
        },
        {
          if: { type: 'object', properties: { type: { const: 'leaderboard' } }, required: ['type'] },
          then: { properties: widgetBaseProperties, additionalProperties: false },
        },
        {
          if: { type: 'object', properties: { type: { const: 'pivot' } }, required: ['type'] },
          then: {
            properties: { ...widgetBaseProperties, columnLevels: { type: 'integer', minimum: 0, maximum: 3 } },
            additionalProperties: false,
          },
        },
        {
          if: { type: 'object', properties: { type: { const: 'table' } }, required: ['type'] },
          then: {
            properties: {
              ...widgetBaseProperties,
              columns: { type: 'array', items: { $ref: '#/$defs/fieldRef' } },
              pageSize: { type: 'integer', minimum: 1, maximum: 500 },
            },
            additionalProperties: false,
          },
        },
      ],
    },
    layout: {
      type: 'object',
      required: ['x', 'y', 'w', 'h'],
      properties: {
        x: { type: 'integer', minimum: 0, maximum: 11 },
        y: { type: 'integer', minimum: 0 },
        w: { type: 'integer', minimum: 1, maximum: 12 },
        h: { type: 'integer', minimum: 1 },
      },
      additionalProperties: false,
    },
    query: {
      type: 'object',
      required: ['formId'],
      properties: {
        formId: { $ref: '#/$defs/documentRef' },
        groupBy: {
          type: 'array',
          maxItems: 4,
          items: {
            type: 'object',
            required: ['field'],
            properties: { field: { $ref: '#/$defs/fieldRef' }, bucket: { enum: ['day', 'week', 'month', 'quarter', 'year'] } },
            additionalProperties: false,
          },
        },
        measures: { type: 'array', items: { $ref: '#/$defs/measure' } },
        filter: { $ref: '#/$defs/recordFilter' },
        sort: {
          type: 'object',
          required: ['by', 'direction'],
          properties: { by: { $ref: '#/$defs/fieldRef' }, direction: { enum: ['asc', 'desc'] } },
          additionalProperties: false,
        },
        limit: { type: 'integer', minimum: 1, maximum: 10000 },
      },
      additionalProperties: false,
    },
    measure: {
      type: 'object',
      required: ['id', 'op'],
      properties: {
        id: { $ref: '#/$defs/id' },
        op: { enum: ['count', 'sum', 'avg', 'min', 'max', 'distinct'] },
        field: { $ref: '#/$defs/fieldRef' },
        label: { type: 'string' },
      },
      additionalProperties: false,
      allOf: [{ if: { type: 'object', properties: { op: { not: { const: 'count' } } }, required: ['op'] }, then: { required: ['field'] } }],
    },
    filter: {
      type: 'object',
      required: ['id', 'label', 'kind', 'bindings'],
      properties: {
        id: { $ref: '#/$defs/id' },
        label: { $ref: '#/$defs/name' },
        kind: { enum: ['dateRange', 'member', 'department', 'field'] },
        bindings: { type: 'object', propertyNames: { $ref: '#/$defs/id' }, additionalProperties: { $ref: '#/$defs/fieldRef' } },
      },
      additionalProperties: false,
    },
  },
} as const;
