import type { ErrorObject } from 'ajv/dist/2020.js';
import type { MetaSchemaValidator } from './MetaSchemaValidator.js';

/**
 * Checks a document against a meta-schema and returns ajv's raw errors (empty when it conforms):
 * `first` stops at the first fault, `all` collects every fault.
 *
 * Two modes because collecting every error costs ajv time quadratic in the number of failing
 * items (each sub-schema call appends its errors by copying the list so far): `first` is linear
 * and answers "valid?" for every document; `all` runs only on documents small enough to afford it.
 */
export type MetaSchemaCheck = (document: unknown, mode: 'first' | 'all') => readonly ErrorObject[];

/**
 * Pairs a meta-schema's two precompiled validators (see `generated/`) into one check. Nothing is
 * compiled at run time, so parsing works under a Content-Security-Policy without `'unsafe-eval'`.
 *
 * @example
 * const check = checkMetaSchemaWith(validateFormFirstFault, validateFormAllFaults);
 * check(document, 'first') // [] when the document conforms
 */
export function checkMetaSchemaWith(firstFault: MetaSchemaValidator, allFaults: MetaSchemaValidator): MetaSchemaCheck {
  return (document, mode) => {
    const validate = mode === 'first' ? firstFault : allFaults;
    return validate(document) ? [] : (validate.errors ?? []);
  };
}
