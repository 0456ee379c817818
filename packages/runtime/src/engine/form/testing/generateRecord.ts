import type { FieldDefinition, FormSchema } from '../../documents/form/FormSchema.js';
import type { SeededRandom } from './seededRandom.js';

/** How to fill a generated record. */
export interface GeneratedRecordOptions {
  /** Rows of each subform. Default 3. */
  readonly rows?: number;
  /** Put one invalid value into the record (a field of the record picked at random). */
  readonly invalid?: boolean;
  /** Leave some optional fields empty. Default 0.2. */
  readonly emptyRate?: number;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function word(random: SeededRandom, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(97 + random.int(0, 25));
  return text;
}

function fileRef(random: SeededRandom): Record<string, unknown> {
  return { fileId: `file_${random.int(1, 1e6)}`, name: `photo-${random.int(1, 999)}.png`, size: random.int(1, 500_000), mimeType: 'image/png' };
}

/** A valid, non-empty value for a field (computed fields and sections give `undefined`). */
export function validValue(field: FieldDefinition, random: SeededRandom, rows = 3): unknown {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return word(random, Math.max(field.minLength ?? 1, Math.min(field.maxLength ?? 20, random.int(3, 20))));
    case 'richtext':
      return `<p>${word(random, 12)}</p>`;
    case 'number': {
      const min = field.min ?? 0;
      const max = field.max ?? 10_000;
      const places = field.precision ?? 0;
      return Number((min + random.next() * (max - min)).toFixed(places));
    }
    case 'money':
      return Number(((field.min ?? 0) + random.next() * 10_000).toFixed(field.precision ?? 2));
    case 'rating':
      return random.int(1, field.max ?? 5);
    case 'date':
      return `20${pad(random.int(10, 30))}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
    case 'datetime':
      return `2024-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}T${pad(random.int(0, 23))}:${pad(random.int(0, 59))}:00+08:00`;
    case 'radio':
    case 'select':
      return random.pick(field.options).value;
    case 'checkbox':
    case 'multiselect': {
      const count = Math.max(field.minSelected ?? 1, Math.min(field.maxSelected ?? 3, random.int(1, 3), field.options.length));
      return field.options.slice(0, count).map((option) => option.value);
    }
    case 'member':
    case 'department':
    case 'link':
      return `id_${random.int(1, 9999)}`;
    case 'members':
    case 'departments':
      return [`id_${random.int(1, 4999)}`, `id_${random.int(5000, 9999)}`];
    case 'phone':
      return `1${random.int(3, 9)}${String(random.int(0, 999_999_999)).padStart(9, '0')}`;
    case 'email':
      return `${word(random, 6)}@example.com`;
    case 'url':
      return `https://example.com/${word(random, 5)}`;
    case 'address':
      return { province: '广东省', city: '深圳市', district: '南山区', detail: `科技园 ${random.int(1, 99)} 号` };
    case 'location':
      return { lat: 22.5 + random.next(), lng: 113.9 + random.next() };
    case 'image':
    case 'attachment':
      return [fileRef(random)];
    case 'signature':
      return [fileRef(random)];
    case 'subform':
      return Array.from({ length: rows }, (_, index) => {
        const row: Record<string, unknown> = { _id: `r${index}` };
        for (const column of field.fields) {
          const value = validValue(column, random, rows);
          if (value !== undefined) row[column.id] = value;
        }
        return row;
      });
    default:
      return undefined;
  }
}

/** An invalid value for a field: wrong type, out of bounds, or badly formatted. */
export function invalidValue(field: FieldDefinition, random: SeededRandom): unknown {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'richtext':
      return random.chance(0.5) ? 42 : 'x'.repeat((field.maxLength ?? 20_000) + 1);
    case 'number':
    case 'money':
      return random.chance(0.5) ? 'not a number' : -1;
    case 'rating':
      return 2.5;
    case 'date':
      return '2023-02-30';
    case 'datetime':
      return '2024-05-01 09:30';
    case 'phone':
      return '12345';
    case 'email':
      return 'not-an-email';
    case 'url':
      return 'javascript:alert(1)';
    case 'radio':
    case 'select':
      return 'no-such-option';
    case 'checkbox':
    case 'multiselect':
      return ['a', 'a'];
    case 'location':
      return { lat: 123, lng: 0 };
    case 'subform':
      return 'rows';
    default:
      return { unexpected: true };
  }
}

/**
 * Fills a record of a form with valid values of every field (some optional ones left empty),
 * optionally with one invalid value. Hidden-ness is not considered: values for conditionally
 * shown fields are given too.
 *
 * @example
 * const record = generateRecord(schema, seededRandom(7), { rows: 5 });
 */
export function generateRecord(schema: FormSchema, random: SeededRandom, options: GeneratedRecordOptions = {}): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const candidates: FieldDefinition[] = [];
  const emptyRate = options.emptyRate ?? 0.2;
  const visit = (fields: readonly FieldDefinition[]): void => {
    for (const field of fields) {
      if (field.type === 'section') {
        visit(field.fields);
        continue;
      }
      if (field.required !== true && field.type !== 'subform' && random.chance(emptyRate)) continue;
      const value = validValue(field, random, options.rows ?? 3);
      if (value === undefined) continue;
      record[field.id] = value;
      candidates.push(field);
    }
  };
  visit(schema.fields);
  if (options.invalid === true && candidates.length > 0) {
    const field = random.pick(candidates);
    record[field.id] = invalidValue(field, random);
  }
  return record;
}
