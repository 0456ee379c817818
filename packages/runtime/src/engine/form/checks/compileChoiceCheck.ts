import type { MultiChoiceField, SingleChoiceField } from '../../documents/form/FormSchema.js';
import type { Fault } from '../messages/createFieldError.js';
import { typeFault } from './FieldCheck.js';
import type { FieldCheck } from './FieldCheck.js';

/** Radio and select: one of the option values. */
export function compileSingleChoiceCheck(field: SingleChoiceField): FieldCheck {
  const notText = typeFault('text');
  const options = new Set(field.options.map((option) => option.value));
  const notAnOption: Fault = { code: 'option' };
  return (value) => {
    if (typeof value !== 'string') return notText;
    return options.has(value) ? undefined : notAnOption;
  };
}

/** Checkbox group and multi-select: distinct option values, between minSelected and maxSelected. */
export function compileMultiChoiceCheck(field: MultiChoiceField): FieldCheck {
  const notList = typeFault('list');
  const options = new Set(field.options.map((option) => option.value));
  const notAnOption: Fault = { code: 'option' };
  const duplicate: Fault = { code: 'duplicate' };
  const min = field.minSelected ?? 0;
  const max = field.maxSelected ?? Number.POSITIVE_INFINITY;
  const tooFew: Fault = { code: 'minSelected', params: { min } };
  const tooMany: Fault = { code: 'maxSelected', params: { max } };
  return (value) => {
    if (!Array.isArray(value)) return notList;
    for (const item of value as readonly unknown[]) {
      if (typeof item !== 'string' || !options.has(item)) return notAnOption;
    }
    if (hasDuplicates(value as readonly string[])) return duplicate;
    if (value.length < min) return tooFew;
    if (value.length > max) return tooMany;
    return undefined;
  };
}

/** Whether a list of strings holds one twice; quadratic for the short lists forms hold. */
export function hasDuplicates(items: readonly string[]): boolean {
  if (items.length > 16) return new Set(items).size !== items.length;
  for (let i = 1; i < items.length; i++) {
    for (let j = 0; j < i; j++) if (items[i] === items[j]) return true;
  }
  return false;
}
