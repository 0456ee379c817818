import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { RecordJsonSchema } from './buildRecordSchema.js';
import { recordFormats } from './recordFormats.js';
import type { RecordFormat } from './recordFormats.js';

/** ajv's compiled validator of a record JSON Schema: `validate(data)`, then `validate.errors`. */
export type RecordShapeValidator = ValidateFunction;

let sharedAjv: Ajv2020 | undefined;

/** One ajv instance for every form: formats are registered once, schemas are not kept by id. */
function recordAjv(): Ajv2020 {
  if (sharedAjv === undefined) {
    // multipleOfPrecision: 0.1 + 0.2 must count as a multiple of 0.01, as the engine's check says.
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, multipleOfPrecision: 9, addUsedSchema: false });
    for (const [name, validate] of Object.entries(recordFormats) as [RecordFormat, (value: string) => boolean][]) {
      ajv.addFormat(name, { type: 'string', validate });
    }
    sharedAjv = ajv;
  }
  return sharedAjv;
}

/**
 * Compiles a record JSON Schema with ajv (draft 2020-12, all errors, strict) and the record
 * formats of `recordFormats`.
 *
 * @example
 * const validate = compileRecordShapeValidator(recordSchema);
 * validate({ f_amount: 'x' }) // false; validate.errors lists why
 */
export function compileRecordShapeValidator(schema: RecordJsonSchema): RecordShapeValidator {
  return recordAjv().compile(schema);
}
