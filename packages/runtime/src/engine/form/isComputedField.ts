import type { ValueFieldDefinition } from './CompiledForm.js';

/**
 * True for the field types whose value nobody types: formulas (recomputed by the engine), lookups
 * and serial numbers (filled by the server). Client values for them are never trusted.
 */
export function isComputedField(field: ValueFieldDefinition): boolean {
  return field.type === 'formula' || field.type === 'lookup' || field.type === 'serial';
}
