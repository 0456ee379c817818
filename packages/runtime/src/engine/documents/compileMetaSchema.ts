import { Ajv2020 } from 'ajv/dist/2020.js';
import type { AnySchemaObject, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';

/**
 * Checks a document against a meta-schema and returns ajv's raw errors (empty when it conforms):
 * `first` stops at the first fault, `all` collects every fault.
 */
export type MetaSchemaCheck = (document: unknown, mode: 'first' | 'all') => readonly ErrorObject[];

/**
 * Wraps a meta-schema in a check that compiles it on first use, once per mode: importing the
 * engine stays cheap, and the designer pays for a kind only when it parses one. `companions` are
 * schemas the meta-schema references by `$id`.
 *
 * Two modes because collecting every error costs ajv time quadratic in the number of failing
 * items (each sub-schema call appends its errors by copying the list so far): `first` is linear
 * and answers "valid?" for every document; `all` runs only on documents small enough to afford it.
 * Both run `verbose`, so that the translator can read each failing schema (to suggest the
 * property a typo meant).
 */
export function compileMetaSchema(schema: AnySchemaObject, companions: readonly AnySchemaObject[] = []): MetaSchemaCheck {
  const validators: Partial<Record<'first' | 'all', ValidateFunction>> = {};
  return (document, mode) => {
    let validate = validators[mode];
    if (validate === undefined) {
      const ajv = new Ajv2020({ allErrors: mode === 'all', verbose: true, strict: true, strictTypes: false, strictRequired: false });
      for (const companion of companions) ajv.addSchema(companion);
      validate = ajv.compile(schema);
      validators[mode] = validate;
    }
    return validate(document) ? [] : (validate.errors ?? []);
  };
}
