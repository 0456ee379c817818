import type { SubformField } from '../../documents/form/FormSchema.js';
import type { ValueFieldDefinition } from '../CompiledForm.js';
import type { Fault } from '../messages/createFieldError.js';
import { compileMultiChoiceCheck, compileSingleChoiceCheck } from './compileChoiceCheck.js';
import { compileContactCheck, compileDateCheck } from './compileDateCheck.js';
import { compileFileCheck } from './compileFileCheck.js';
import { compileNumberCheck, compileRatingCheck } from './compileNumberCheck.js';
import { compileAddressCheck, compileLocationCheck } from './compilePlaceCheck.js';
import { compileReferenceCheck } from './compileReferenceCheck.js';
import { compileTextCheck } from './compileTextCheck.js';
import { passAll, typeFault } from './FieldCheck.js';
import type { FieldCheck } from './FieldCheck.js';

/** Subform: a list of rows, between minRows and maxRows (the rows' cells are checked one by one). */
function compileSubformCheck(field: SubformField): FieldCheck {
  const notList = typeFault('list');
  const min = field.minRows ?? 0;
  const max = field.maxRows ?? Number.POSITIVE_INFINITY;
  const tooFew: Fault = { code: 'minRows', params: { min } };
  const tooMany: Fault = { code: 'maxRows', params: { max } };
  return (value) => {
    if (!Array.isArray(value)) return notList;
    if (value.length < min) return tooFew;
    if (value.length > max) return tooMany;
    return undefined;
  };
}

/**
 * The check of one field's non-empty value, by field type. Computed fields (formula, lookup,
 * serial) are not checked: the engine or the server writes them, never the user.
 *
 * @example
 * compileFieldCheck({ id: 'f_n', type: 'number', label: 'N', max: 10 })(11) // { code: 'max', params: { max: 10 } }
 */
export function compileFieldCheck(field: ValueFieldDefinition): FieldCheck {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'richtext':
      return compileTextCheck(field);
    case 'number':
    case 'money':
      return compileNumberCheck(field);
    case 'rating':
      return compileRatingCheck(field);
    case 'date':
    case 'datetime':
      return compileDateCheck(field);
    case 'phone':
    case 'email':
    case 'url':
      return compileContactCheck(field);
    case 'radio':
    case 'select':
      return compileSingleChoiceCheck(field);
    case 'checkbox':
    case 'multiselect':
      return compileMultiChoiceCheck(field);
    case 'member':
    case 'members':
    case 'department':
    case 'departments':
    case 'link':
      return compileReferenceCheck(field);
    case 'address':
      return compileAddressCheck(field);
    case 'location':
      return compileLocationCheck(field);
    case 'image':
    case 'attachment':
    case 'signature':
      return compileFileCheck(field);
    case 'subform':
      return compileSubformCheck(field);
    case 'formula':
    case 'lookup':
    case 'serial':
      return passAll;
  }
}
