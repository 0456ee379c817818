import { documentRefPattern, fieldRefPattern, idPattern, reservedIds } from './documentPatterns.js';

/**
 * `$defs` every meta-schema carries (spread into its own `$defs`, so that each published file
 * stands alone): ids, references, admin-typed text, JSON Logic rules and record filters.
 */
export const commonSchemaDefs = {
  id: {
    description: 'A letter, then letters, digits or underscores; at most 64 characters.',
    type: 'string',
    pattern: idPattern,
    not: { enum: reservedIds },
  },
  documentRef: {
    description: "Another document: a stored document's id, or a key inside the same app bundle.",
    type: 'string',
    pattern: documentRefPattern,
  },
  fieldRef: {
    description: 'A field id of the referenced form, or a record attribute such as `_createdAt`.',
    type: 'string',
    pattern: fieldRefPattern,
  },
  name: { description: 'A name people read; never empty.', type: 'string', minLength: 1, maxLength: 200 },
  userText: {
    description: 'Text an admin typed: one string, or one per locale.',
    type: ['string', 'object'],
    properties: { 'zh-CN': { type: 'string' }, en: { type: 'string' } },
    additionalProperties: false,
  },
  ruleLogic: { description: 'A JSON Logic rule (https://jsonlogic.com): data, never code. Any JSON value is a rule.' },
  recordFilter: {
    description: 'A tree of conditions on record fields, as the query API takes it.',
    type: 'object',
    allOf: [
      {
        if: { type: 'object', required: ['and'] },
        then: {
          properties: { and: { type: 'array', items: { $ref: '#/$defs/recordFilter' } } },
          required: ['and'],
          additionalProperties: false,
        },
      },
      {
        if: { type: 'object', required: ['or'] },
        then: {
          properties: { or: { type: 'array', items: { $ref: '#/$defs/recordFilter' } } },
          required: ['or'],
          additionalProperties: false,
        },
      },
      {
        if: { type: 'object', not: { anyOf: [{ required: ['and'] }, { required: ['or'] }] } },
        then: { $ref: '#/$defs/recordCondition' },
      },
    ],
  },
  recordCondition: {
    type: 'object',
    required: ['field', 'op'],
    properties: {
      field: { $ref: '#/$defs/fieldRef' },
      op: { enum: ['eq', 'ne', 'in', 'nin', 'range', 'gt', 'lt', 'like', 'empty', 'not_empty'] },
      value: {},
    },
    additionalProperties: false,
    allOf: [
      {
        if: { type: 'object', properties: { op: { enum: ['in', 'nin'] } }, required: ['op'] },
        then: { required: ['value'], properties: { value: { type: 'array' } } },
      },
      {
        if: { type: 'object', properties: { op: { const: 'range' } }, required: ['op'] },
        then: { required: ['value'], properties: { value: { type: 'array', minItems: 2, maxItems: 2 } } },
      },
      { if: { type: 'object', properties: { op: { enum: ['empty', 'not_empty'] } }, required: ['op'] }, then: { properties: { value: false } } },
      { if: { type: 'object', properties: { op: { enum: ['eq', 'ne', 'gt', 'lt', 'like'] } }, required: ['op'] }, then: { required: ['value'] } },
    ],
  },
} as const;
