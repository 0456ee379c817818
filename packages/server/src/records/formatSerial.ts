import type { SerialPart } from '@formwork/runtime';

/** The counter settings of a serial field: its first counter part (all counter parts share one count). */
export function serialCounterOf(parts: readonly SerialPart[]): { readonly start: number; readonly reset: 'never' | 'day' | 'month' | 'year' } {
  const counter = parts.find((part): part is Extract<SerialPart, { kind: 'counter' }> => part.kind === 'counter');
  return { start: counter?.start ?? 1, reset: counter?.reset ?? 'never' };
}

/**
 * The counter period a record falls in: `''` (never resets), `2025`, `202501` or `20250106`, from
 * the local date of the submission.
 */
export function serialPeriod(reset: 'never' | 'day' | 'month' | 'year', localDate: string): string {
  const compact = localDate.replaceAll('-', '');
  switch (reset) {
    case 'never':
      return '';
    case 'year':
      return compact.slice(0, 4);
    case 'month':
      return compact.slice(0, 6);
    case 'day':
      return compact;
  }
}

/**
 * A serial number from its parts: the counter zero-padded to `digits` (longer numbers are never
 * cut), the submission's local date, fixed text, and other fields' values.
 *
 * @example
 * formatSerial([{ kind: 'text', value: 'HT' }, { kind: 'date', format: 'YYYYMMDD' }, { kind: 'counter', digits: 4 }], 7, '2025-01-06', {})
 * // 'HT202501060007'
 */
export function formatSerial(parts: readonly SerialPart[], counter: number, localDate: string, data: Readonly<Record<string, unknown>>): string {
  const [year = '', month = '', day = ''] = localDate.split('-');
  return parts
    .map((part) => {
      switch (part.kind) {
        case 'counter':
          return String(counter).padStart(part.digits, '0');
        case 'date':
          switch (part.format) {
            case 'YYYY':
              return year;
            case 'YYYYMM':
              return `${year}${month}`;
            case 'YYYYMMDD':
              return `${year}${month}${day}`;
            case 'YYMMDD':
              return `${year.slice(2)}${month}${day}`;
          }
          return '';
        case 'text':
          return part.value;
        case 'field': {
          const value = Object.hasOwn(data, part.field) ? data[part.field] : undefined;
          return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
        }
      }
      return '';
    })
    .join('');
}
