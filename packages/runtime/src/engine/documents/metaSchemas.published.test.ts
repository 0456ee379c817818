import { Ajv2020 } from 'ajv/dist/2020.js';
import type { AnySchemaObject } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { appBundleMetaSchema } from './appBundle/appBundleMetaSchema.js';
import { dashboardMetaSchema } from './dashboard/dashboardMetaSchema.js';
import { formMetaSchema } from './form/formMetaSchema.js';
import { scoringMetaSchema } from './scoring/scoringMetaSchema.js';
import { exampleAppBundle } from './testing/exampleAppBundle.js';
import { workflowMetaSchema } from './workflow/workflowMetaSchema.js';

const metaSchemas: readonly (readonly [string, AnySchemaObject])[] = [
  ['form', formMetaSchema],
  ['workflow', workflowMetaSchema],
  ['scoring', scoringMetaSchema],
  ['dashboard', dashboardMetaSchema],
  ['appBundle', appBundleMetaSchema],
];

describe('published meta-schemas', () => {
  // The JSON files are what editors, other languages and the docs use: they must never drift
  // from the constants the engine validates with. `npx vitest run -u` rewrites them.
  it.each(metaSchemas)('packages/runtime/schemas/%s.schema.json is up to date', async (kind, schema) => {
    await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot(`../../../schemas/${kind}.schema.json`);
  });

  it.each(metaSchemas)('the %s meta-schema is valid draft 2020-12 and compiles in strict mode', (_kind, schema) => {
    const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false });
    expect(ajv.validateSchema(schema), ajv.errorsText()).toBe(true);
    for (const [, other] of metaSchemas) if (other !== schema) ajv.addSchema(other);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('the app bundle meta-schema checks embedded documents through the published files beside it', () => {
    const ajv = new Ajv2020({ allErrors: true });
    for (const [, schema] of metaSchemas) ajv.addSchema(schema);
    const validate = ajv.getSchema(appBundleMetaSchema.$id);
    expect(validate?.(exampleAppBundle)).toBe(true);
    const broken = { ...exampleAppBundle, forms: [{ key: 'x', schema: { kind: 'form', schemaVersion: 1, title: 'X', fields: [{ id: 'f_a', type: 'txt', label: 'A' }] } }] };
    expect(validate?.(broken)).toBe(false);
    expect(validate?.errors?.some((error) => error.instancePath === '/forms/0/schema/fields/0/type')).toBe(true);
  });
});
