import type { ErrorObject } from 'ajv/dist/2020.js';

/**
 * A meta-schema validator compiled ahead of time by ajv's standalone code generation (the modules
 * in `generated/`): ajv's `ValidateFunction` contract, `validate(document)` then `validate.errors`,
 * without ajv's compiler. The errors are `verbose` (they carry `schema`, `parentSchema` and
 * `data`), as `translateAjvErrors` needs.
 */
export interface MetaSchemaValidator {
  (document: unknown): boolean;
  errors?: ErrorObject[] | null | undefined;
}
