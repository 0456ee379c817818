/**
 * Form compilation, state and validation: `compileForm(schema)` once per (form, version), then
 * `evaluate`, `createSession` (the renderer's incremental evaluator), `prepareSubmission` (the
 * server's gate), and `analyzeFormRules` for the designer.
 */
export type * from './CompiledForm.js';
export type * from './FormRuleGraph.js';
export type { RecordJsonSchema } from './buildRecordSchema.js';
export type { RecordShapeValidator } from './compileRecordShapeValidator.js';
export type { FormRulesAnalysis } from './analyzeFormRules.js';
export type { RecordFormat } from './recordFormats.js';
export type { FieldMessageKey } from './messages/fieldMessages.js';
export { compileForm } from './compileForm.js';
export { analyzeFormRules } from './analyzeFormRules.js';
export { FormCompileError } from './FormCompileError.js';
export { fieldMessages } from './messages/fieldMessages.js';
export { recordFormats, isEmail, isPhone, isUrl, isDate, isDateTime } from './recordFormats.js';
export { isEmptyValue as isEmptyFieldValue } from './checks/isEmptyValue.js';
export { findUnsafeCharacter } from './checks/findUnsafeCharacter.js';
export type { UnsafeCharacter } from './checks/findUnsafeCharacter.js';
export { exactNumberLimit, decimalPlaces as fieldDecimalPlaces } from './fieldLimits.js';
export { resolveUserText } from './resolveUserText.js';
export { fieldLimits } from './fieldLimits.js';
export { parseRecordPointer } from './recordPointer.js';
export { diffSubformRows } from './diffSubformRows.js';
export { restrictedFieldsOf, schemaForRole } from './restrictedFieldsOf.js';
export type { RestrictedFields } from './restrictedFieldsOf.js';
export type { SubformRowChange, SubformColumnChange } from './diffSubformRows.js';
export type { RecordPointer } from './recordPointer.js';
