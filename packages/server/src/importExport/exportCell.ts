import type { FieldDefinition } from '@formwork/runtime';
import { localDateOf, type TimeZone } from '../query/TimeZone.js';
import { addressLine } from '../records/projectValue.js';
import { neutralizeCell } from '../cells/neutralizeCell.js';
import type { OrgDirectory } from '../cells/OrgDirectory.js';

/** A cell of an export: text (already neutralised), a number, or empty. */
export type ExportCell = string | number | null;

/**
 * A record value as people read it in a spreadsheet: option labels instead of values, member and
 * department names instead of ids, date-times in the app's time zone (`2025-01-06 17:00:00`), lists
 * joined with commas, files by name (a subform's rows are lines of their own, see `exportLines`;
 * handed a whole subform value, this writes JSON). Numbers stay numbers; every text is
 * neutralised against formula injection. An import reads all of these back.
 *
 * @example
 * exportCell(stageField, 'won', directory, zone) // 'Won'
 * exportCell(noteField, '=HYPERLINK("http://evil")', directory, zone) // `'=HYPERLINK("http://evil")`
 */
export function exportCell(field: FieldDefinition, value: unknown, directory: OrgDirectory, zone: TimeZone): ExportCell {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return String(value);
  const text = (item: unknown): string => {
    if (typeof item !== 'string') return typeof item === 'number' || typeof item === 'boolean' ? String(item) : JSON.stringify(item);
    switch (field.type) {
      case 'radio':
      case 'select':
      case 'checkbox':
      case 'multiselect':
        return field.options.find((option) => option.value === item)?.label ?? item;
      case 'member':
      case 'members':
        return directory.userName(item) ?? item;
      case 'department':
      case 'departments':
        return directory.departmentName(item) ?? item;
      case 'datetime': {
        const time = Date.parse(item);
        return Number.isFinite(time) ? localDateTime(time, zone) : item;
      }
      default:
        return item;
    }
  };
  let result: string;
  if (Array.isArray(value)) {
    if (field.type === 'subform') result = JSON.stringify(value);
    else result = value.map((item: unknown) => (typeof item === 'object' && item !== null && 'name' in item ? String((item as { name: unknown }).name) : text(item))).join(', ');
  } else if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    result = field.type === 'location' && typeof object['address'] === 'string' ? object['address'] : (addressLine(object) ?? JSON.stringify(object));
  } else {
    result = text(value);
  }
  return neutralizeCell(result);
}

/** `2025-01-06 17:00:00` in the zone. */
export function localDateTime(time: number, zone: TimeZone): string {
  const shifted = new Date(time + zone.offsetMinutes * 60_000).toISOString();
  return `${localDateOf(time, zone)} ${shifted.slice(11, 19)}`;
}
