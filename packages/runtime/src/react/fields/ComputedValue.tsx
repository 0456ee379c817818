import type { FormulaField, LookupField, SerialField } from '../../engine/index.js';
import { formatMessage } from '../i18n/rendererMessages.js';
import type { FieldControlProps } from './FieldControlProps.js';

/** The engine's result for `formula` and `lookup` fields and the server's `serial`: shown, never typed. */
export function ComputedValue({ field, value, inputId, labelId, describedBy, locale }: FieldControlProps<FormulaField | LookupField | SerialField>) {
  // An infinite result (division by zero) is no number to show: the field's error says why.
  const empty = value === undefined || value === null || value === '' || (typeof value === 'number' && !Number.isFinite(value));
  const text = empty ? formatMessage(locale, field.type === 'serial' ? 'assignedOnSave' : 'computed') : describe(value, field, locale);
  return (
    <output id={inputId} className={`fw-computed${empty ? ' is-empty' : ''}`} aria-labelledby={labelId} aria-describedby={describedBy} aria-live="polite">
      {text}
    </output>
  );
}

function describe(value: unknown, field: FormulaField | LookupField | SerialField, locale: string): string {
  if (typeof value === 'number') {
    const precision = field.type === 'formula' ? field.precision : undefined;
    const number = new Intl.NumberFormat(locale, precision === undefined ? { maximumFractionDigits: 10 } : { minimumFractionDigits: precision, maximumFractionDigits: precision }).format(value);
    return field.type === 'formula' && field.unit ? `${number} ${field.unit}` : number;
  }
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}
