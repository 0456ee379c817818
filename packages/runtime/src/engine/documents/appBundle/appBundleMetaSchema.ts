import { commonSchemaDefs } from '../commonSchemaDefs.js';
import { colorPattern } from '../documentPatterns.js';
import { APP_BUNDLE_SCHEMA_VERSION } from './AppBundle.js';

/** A list of `{ key, schema }` entries whose schema is checked by the meta-schema at `ref`. */
const bundled = <const Ref extends string>(ref: Ref) =>
  ({
    type: 'array',
    items: {
      type: 'object',
      required: ['key', 'schema'],
      properties: { key: { $ref: '#/$defs/documentRef' }, schema: { $ref: ref } },
      additionalProperties: false,
    },
  }) as const;

/**
 * The meta-schema of AppBundle (JSON Schema draft 2020-12), published as
 * `packages/runtime/schemas/appBundle.schema.json`. Embedded documents are checked by their own
 * published meta-schemas, referenced by relative URL (the files sit side by side).
 */
export const appBundleMetaSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://formwork.dev/schemas/appBundle.schema.json',
  title: 'Formwork app bundle',
  description: 'An app: its forms, workflows, scoring schemes, dashboards and roles. Documents refer to each other by key.',
  type: 'object',
  required: ['kind', 'schemaVersion', 'app', 'forms', 'workflows', 'scorings', 'dashboards', 'roles'],
  properties: {
    kind: { const: 'appBundle' },
    schemaVersion: { const: APP_BUNDLE_SCHEMA_VERSION },
    app: {
      type: 'object',
      required: ['name', 'description'],
      properties: {
        name: { $ref: '#/$defs/name' },
        description: { type: 'string' },
        icon: { type: 'string', minLength: 1, maxLength: 64 },
        color: { type: 'string', pattern: colorPattern },
        quickForms: { type: 'array', items: { $ref: '#/$defs/documentRef' }, maxItems: 3, uniqueItems: true },
      },
      additionalProperties: false,
    },
    forms: bundled('form.schema.json'),
    workflows: bundled('workflow.schema.json'),
    scorings: bundled('scoring.schema.json'),
    dashboards: bundled('dashboard.schema.json'),
    roles: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key', 'name'],
        properties: { key: { $ref: '#/$defs/id' }, name: { $ref: '#/$defs/name' }, description: { type: 'string' } },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
  $defs: commonSchemaDefs,
} as const;
