import type { LinkField, MemberField } from '../../documents/form/FormSchema.js';
import { fieldLimits } from '../fieldLimits.js';
import type { Fault } from '../messages/createFieldError.js';
import { hasDuplicates } from './compileChoiceCheck.js';
import { typeFault } from './FieldCheck.js';
import type { FieldCheck } from './FieldCheck.js';

const tooLong: Fault = { code: 'maxLength', params: { maxLength: fieldLimits.idMaxLength } };

/** Ids of members, departments, linked records: non-empty strings of bounded length. */
function checkId(value: unknown, notId: Fault): Fault | undefined {
  if (typeof value !== 'string' || value.length === 0) return notId;
  return value.length > fieldLimits.idMaxLength ? tooLong : undefined;
}

/** Member, department, linked record (one id); members, departments (distinct ids). */
export function compileReferenceCheck(field: MemberField | LinkField): FieldCheck {
  const notText = typeFault('text');
  if (field.type === 'member' || field.type === 'department' || field.type === 'link') {
    return (value) => checkId(value, notText);
  }
  const notList = typeFault('list');
  const duplicate: Fault = { code: 'duplicate' };
  return (value) => {
    if (!Array.isArray(value)) return notList;
    for (const item of value as readonly unknown[]) {
      const fault = checkId(item, notList);
      if (fault !== undefined) return fault;
    }
    return hasDuplicates(value as readonly string[]) ? duplicate : undefined;
  };
}
