import { commonSchemaDefs } from '../commonSchemaDefs.js';
import { colorPattern, periodPattern } from '../documentPatterns.js';
import { SCORING_SCHEMA_VERSION } from './ScoringSchema.js';

/**
 * The meta-schema of ScoringSchema (JSON Schema draft 2020-12), published as
 * `packages/runtime/schemas/scoring.schema.json`.
 */
export const scoringMetaSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://formwork.dev/schemas/scoring.schema.json',
  title: 'Formwork scoring scheme',
  description: 'KPI items with weights, sources, targets and scoring methods; grade bands; a period; dated weight sets; who it scores.',
  type: 'object',
  required: ['kind', 'schemaVersion', 'title', 'period', 'items'],
  properties: {
    kind: { const: 'scoring' },
    schemaVersion: { const: SCORING_SCHEMA_VERSION },
    title: { $ref: '#/$defs/name' },
    description: { type: 'string' },
    period: { enum: ['week', 'month', 'quarter', 'year'] },
    items: { type: 'array', minItems: 1, items: { $ref: '#/$defs/item' } },
    bands: {
      type: 'array',
      items: {
        type: 'object',
        required: ['grade', 'min'],
        properties: { grade: { $ref: '#/$defs/name' }, min: { type: 'number' }, color: { type: 'string', pattern: colorPattern } },
        additionalProperties: false,
      },
    },
    teamRollup: { enum: ['avg', 'sum'] },
    precision: { type: 'integer', minimum: 0, maximum: 4 },
    weightSets: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'from', 'weights'],
        properties: {
          name: { $ref: '#/$defs/name' },
          from: { $ref: '#/$defs/period' },
          weights: { type: 'object', propertyNames: { $ref: '#/$defs/id' }, additionalProperties: { type: 'number', minimum: 0 } },
        },
        additionalProperties: false,
      },
    },
    appliesTo: {
      type: 'object',
      properties: {
        roles: { type: 'array', items: { $ref: '#/$defs/documentRef' } },
        departments: { type: 'array', items: { $ref: '#/$defs/documentRef' } },
      },
      additionalProperties: false,
    },
    validFrom: { $ref: '#/$defs/period' },
    validTo: { $ref: '#/$defs/period' },
    trialUntil: { $ref: '#/$defs/period' },
  },
  additionalProperties: false,
  $defs: {
    ...commonSchemaDefs,
    period: { description: 'A period name: `2026`, `2026-Q4`, `2026-11` or the ISO week `2026-W48`.', type: 'string', pattern: periodPattern },
    item: {
      type: 'object',
      required: ['id', 'name', 'weight', 'source', 'method'],
      properties: {
        id: { $ref: '#/$defs/id' },
        name: { $ref: '#/$defs/name' },
        description: { type: 'string' },
        weight: { description: 'Points on target; 0 makes an observation item (观察指标): computed and shown, never scored.', type: 'number', minimum: 0 },
        source: { $ref: '#/$defs/source' },
        target: { $ref: '#/$defs/target' },
        method: { $ref: '#/$defs/method' },
        unit: { type: 'string' },
      },
      additionalProperties: false,
      allOf: [
        {
          if: { type: 'object', properties: { method: { type: 'object', properties: { kind: { enum: ['ratio', 'inverse'] } }, required: ['kind'] } }, required: ['method'] },
          then: { required: ['target'] },
        },
        {
          if: {
            type: 'object',
            properties: {
              method: { type: 'object', properties: { kind: { const: 'tiers' }, basis: { const: 'achievement' } }, required: ['kind', 'basis'] },
            },
            required: ['method'],
          },
          then: { required: ['target'] },
        },
      ],
    },
    source: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { enum: ['aggregate', 'derived', 'manual'] } },
      allOf: [
        {
          if: { type: 'object', properties: { kind: { const: 'aggregate' } }, required: ['kind'] },
          then: { $ref: '#/$defs/aggregateSource' },
        },
        {
          if: { type: 'object', properties: { kind: { const: 'derived' } }, required: ['kind'] },
          then: {
            required: ['inputs', 'formula'],
            properties: {
              kind: true,
              inputs: {
                type: 'array',
                minItems: 1,
                items: {
                  type: 'object',
                  required: ['name', 'label', 'source'],
                  properties: { name: { $ref: '#/$defs/id' }, label: { $ref: '#/$defs/name' }, source: { $ref: '#/$defs/aggregateSource' } },
                  additionalProperties: false,
                },
              },
              formula: { $ref: '#/$defs/ruleLogic' },
            },
            additionalProperties: false,
          },
        },
        {
          if: { type: 'object', properties: { kind: { const: 'manual' } }, required: ['kind'] },
          then: {
            required: ['formId', 'personField', 'periodField', 'field'],
            properties: {
              kind: true,
              formId: { $ref: '#/$defs/documentRef' },
              personField: { $ref: '#/$defs/fieldRef' },
              periodField: { $ref: '#/$defs/fieldRef' },
              field: { $ref: '#/$defs/fieldRef' },
            },
            additionalProperties: false,
          },
        },
      ],
    },
    aggregateSource: {
      description: "An aggregate over one person's records of a form in the period; `kind` is there in an item's source, left out in a derived input's.",
      type: 'object',
      required: ['formId', 'aggregate', 'personField', 'dateField'],
      properties: {
        kind: { const: 'aggregate' },
        formId: { $ref: '#/$defs/documentRef' },
        aggregate: { enum: ['count', 'sum', 'avg', 'min', 'max', 'distinct', 'latest'] },
        field: { $ref: '#/$defs/fieldRef' },
        filter: { $ref: '#/$defs/recordFilter' },
        personField: { $ref: '#/$defs/fieldRef' },
        dateField: { $ref: '#/$defs/fieldRef' },
      },
      additionalProperties: false,
      allOf: [{ if: { type: 'object', properties: { aggregate: { not: { const: 'count' } } }, required: ['aggregate'] }, then: { required: ['field'] } }],
    },
    target: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { enum: ['fixed', 'form'] } },
      allOf: [
        {
          if: { type: 'object', properties: { kind: { const: 'fixed' } }, required: ['kind'] },
          then: { required: ['value'], properties: { kind: true, value: { type: 'number' } }, additionalProperties: false },
        },
        {
          if: { type: 'object', properties: { kind: { const: 'form' } }, required: ['kind'] },
          then: {
            required: ['formId', 'personField', 'periodField', 'valueField'],
            properties: {
              kind: true,
              formId: { $ref: '#/$defs/documentRef' },
              personField: { $ref: '#/$defs/fieldRef' },
              periodField: { $ref: '#/$defs/fieldRef' },
              valueField: { $ref: '#/$defs/fieldRef' },
            },
            additionalProperties: false,
          },
        },
      ],
    },
    method: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { enum: ['ratio', 'percentage', 'tiers', 'grades', 'inverse', 'deduction'] } },
      allOf: [
        {
          if: { type: 'object', properties: { kind: { enum: ['ratio', 'percentage', 'inverse'] } }, required: ['kind'] },
          then: { properties: { kind: true, cap: { type: 'number', exclusiveMinimum: 0 } }, additionalProperties: false },
        },
        {
          if: { type: 'object', properties: { kind: { const: 'deduction' } }, required: ['kind'] },
          then: { required: ['perUnit'], properties: { kind: true, perUnit: { type: 'number', exclusiveMinimum: 0 } }, additionalProperties: false },
        },
        {
          if: { type: 'object', properties: { kind: { const: 'tiers' } }, required: ['kind'] },
          then: {
            required: ['basis', 'tiers'],
            properties: {
              kind: true,
              basis: { enum: ['achievement', 'value'] },
              tiers: {
                type: 'array',
                minItems: 1,
                items: {
                  type: 'object',
                  required: ['min', 'percent'],
                  properties: { min: { type: 'number' }, percent: { type: 'number', minimum: 0 } },
                  additionalProperties: false,
                },
              },
            },
            additionalProperties: false,
          },
        },
        {
          if: { type: 'object', properties: { kind: { const: 'grades' } }, required: ['kind'] },
          then: {
            required: ['grades'],
            properties: {
              kind: true,
              grades: {
                type: 'array',
                minItems: 1,
                items: {
                  type: 'object',
                  required: ['grade', 'percent'],
                  properties: { grade: { $ref: '#/$defs/name' }, percent: { type: 'number', minimum: 0 } },
                  additionalProperties: false,
                },
              },
            },
            additionalProperties: false,
          },
        },
      ],
    },
  },
} as const;
