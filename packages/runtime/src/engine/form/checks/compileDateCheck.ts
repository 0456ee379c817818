import type { ContactField, DateField } from '../../documents/form/FormSchema.js';
import type { Fault } from '../messages/createFieldError.js';
import { boundToEpoch, dateTimeToEpoch, isDate, isEmail, isPhone, isUrl } from '../recordFormats.js';
import { typeFault } from './FieldCheck.js';
import type { FieldCheck } from './FieldCheck.js';

/**
 * Date (`YYYY-MM-DD`) and date-time (ISO 8601 with offset), within `min`/`max`. Dates compare as
 * calendar days; date-times as instants (a date-only bound is midnight UTC).
 */
export function compileDateCheck(field: DateField): FieldCheck {
  const notText = typeFault('text');
  if (field.type === 'date') {
    const badFormat: Fault = { code: 'format', params: { format: 'date' } };
    // A bound written as a date-time still bounds by its calendar day.
    const min = field.min?.slice(0, 10);
    const max = field.max?.slice(0, 10);
    const early: Fault = { code: 'min', params: { min, variant: 'date' } };
    const late: Fault = { code: 'max', params: { max, variant: 'date' } };
    return (value) => {
      if (typeof value !== 'string') return notText;
      if (!isDate(value)) return badFormat;
      if (min !== undefined && value < min) return early;
      if (max !== undefined && value > max) return late;
      return undefined;
    };
  }
  const badFormat: Fault = { code: 'format', params: { format: 'date-time' } };
  const min = field.min === undefined ? undefined : boundToEpoch(field.min);
  const max = field.max === undefined ? undefined : boundToEpoch(field.max);
  const early: Fault = { code: 'min', params: { min: field.min, variant: 'date' } };
  const late: Fault = { code: 'max', params: { max: field.max, variant: 'date' } };
  return (value) => {
    if (typeof value !== 'string') return notText;
    const instant = dateTimeToEpoch(value);
    if (instant === undefined) return badFormat;
    if (min !== undefined && instant < min) return early;
    if (max !== undefined && instant > max) return late;
    return undefined;
  };
}

/** Phone, email, URL: a string in the format of `recordFormats`. */
export function compileContactCheck(field: ContactField): FieldCheck {
  const notText = typeFault('text');
  const format = field.type;
  const test = format === 'email' ? isEmail : format === 'phone' ? isPhone : isUrl;
  const badFormat: Fault = { code: 'format', params: { format } };
  return (value) => {
    if (typeof value !== 'string') return notText;
    return test(value) ? undefined : badFormat;
  };
}
