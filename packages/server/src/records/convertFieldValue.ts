import type { FieldDefinition } from '@formwork/runtime';
import { cellToValue } from '../cells/cellToValue.js';
import type { OrgDirectory } from '../cells/OrgDirectory.js';
import type { TimeZone } from '../query/TimeZone.js';
import { addressLine } from './projectValue.js';

const fileTypes = new Set(['image', 'attachment', 'signature']);
const computedTypes = new Set(['formula', 'lookup', 'serial']);

/**
 * A stored value carried over to its field's new type, best effort — the engine then decides
 * whether the result is acceptable (see the conversion hook). Options travel by label (so
 * select → text shows 华东, text → select finds the option named 华东), members and departments by
 * name, lists join with commas and split again, numbers and dates are read from text as an
 * import reads them. Files stay files; computed fields are recomputed on the next save.
 *
 * @example
 * convertFieldValue('12.5', textField, numberField, directory, zone) // 12.5
 * convertFieldValue(['east'], regionsField, regionField, directory, zone) // 'east'
 */
export function convertFieldValue(value: unknown, from: FieldDefinition, to: FieldDefinition, directory: OrgDirectory, zone: TimeZone): unknown {
  if (value === undefined || value === null || value === '') return value;
  if (computedTypes.has(to.type)) return value;
  if (fileTypes.has(to.type) || to.type === 'subform' || to.type === 'location') return value;
  if (to.type === 'address' && typeof value === 'object') return value;
  const text = asText(value, from, directory);
  return cellToValue(typeof value === 'number' || typeof value === 'boolean' ? value : text, to, directory, zone, () => 'row');
}

function asText(value: unknown, from: FieldDefinition, directory: OrgDirectory): string {
  const one = (item: unknown): string => {
    if (typeof item === 'string') {
      if (from.type === 'radio' || from.type === 'select' || from.type === 'checkbox' || from.type === 'multiselect') {
        return from.options.find((option) => option.value === item)?.label ?? item;
      }
      if (from.type === 'member' || from.type === 'members') return directory.userName(item) ?? item;
      if (from.type === 'department' || from.type === 'departments') return directory.departmentName(item) ?? item;
      return item;
    }
    if (typeof item === 'number' || typeof item === 'boolean') return String(item);
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) return addressLine(item as Record<string, unknown>) ?? JSON.stringify(item);
    return JSON.stringify(item);
  };
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
}
