import type { FieldDefinition } from '@formwork/runtime';
import { offsetSuffix, type TimeZone } from '../query/TimeZone.js';
import type { SheetCell } from './CellValue.js';
import { unneutralizeCell } from './neutralizeCell.js';
import type { OrgDirectory } from './OrgDirectory.js';

/** Turns one cell of a column into a record value (undefined: an empty cell). */
export type CellConverter = (cell: SheetCell) => unknown;

const listSeparators = /[,，;；\n]/;
const plainNumber = /^-?\d+(?:\.\d+)?$/;
const looseNumber = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const numberNoise = /[\s,，¥￥$]/g;

/**
 * The converter of one column, built once per import: the field's type is looked at here, option
 * labels go into a map and the zone's offset is formatted once, so converting a cell does only the
 * work its text needs (an import converts millions of cells). Rules: see `cellToValue`.
 *
 * @example
 * const toValue = createCellConverter(moneyField, directory, zone, newRowId);
 * toValue('1,280.50') // 1280.5
 */
export function createCellConverter(field: FieldDefinition, directory: OrgDirectory, zone: TimeZone, newRowId: () => string): CellConverter {
  const keepSpaces = field.type === 'textarea' || field.type === 'richtext';
  const text = textConverter(field, directory, zone.offsetMinutes, newRowId);
  return (cell) => {
    if (cell === null) return undefined;
    if (typeof cell === 'string') {
      const raw = cell.charCodeAt(0) === 0x27 ? unneutralizeCell(cell) : cell;
      const trimmed = keepSpaces ? raw : raw.trim();
      return trimmed === '' ? undefined : text(trimmed);
    }
    if (cell instanceof Date) return fromDate(cell, field, zone);
    return fromScalar(cell, field, zone);
  };
}

/** The conversion of a non-empty text cell, chosen once for the field's type. */
function textConverter(field: FieldDefinition, directory: OrgDirectory, offsetMinutes: number, newRowId: () => string): (text: string) => unknown {
  switch (field.type) {
    case 'number':
    case 'money':
    case 'rating':
      return (text) => {
        // Plain numbers are the common case: skip the clean-up below.
        if (plainNumber.test(text)) return Number(text);
        const compact = text.replace(numberNoise, '');
        return looseNumber.test(compact) ? Number(compact) : text;
      };
    case 'date':
      return (text) => readDate(text) ?? text;
    case 'datetime': {
      const suffix = offsetSuffix(offsetMinutes);
      return (text) => readDateTime(text, suffix) ?? text;
    }
    case 'radio':
    case 'select': {
      const options = optionMap(field.options);
      return (text) => options.get(text) ?? text;
    }
    case 'checkbox':
    case 'multiselect': {
      const options = optionMap(field.options);
      return (text) => splitList(text).map((item) => options.get(item) ?? item);
    }
    case 'member':
      return (text) => directory.userId(text) ?? text;
    case 'members':
      return (text) => splitList(text).map((item) => directory.userId(item) ?? item);
    case 'department':
      return (text) => directory.departmentId(text) ?? text;
    case 'departments':
      return (text) => splitList(text).map((item) => directory.departmentId(item) ?? item);
    case 'address':
      return (text) => readJson(text) ?? { detail: text };
    case 'location':
      return (text) => readJson(text) ?? text;
    case 'subform':
      return (text) => {
        const rows = readJson(text);
        if (!Array.isArray(rows)) return text;
        // Rows typed into a spreadsheet have no ids; give them one, as the designer's renderer would.
        return rows.map((row: unknown) => (typeof row === 'object' && row !== null && !Array.isArray(row) && typeof (row as { _id?: unknown })._id !== 'string' ? { ...row, _id: newRowId() } : row));
      };
    default:
      return (text) => text;
  }
}

/** Option value by value, then by label (a value wins over another option's equal label). */
function optionMap(options: readonly { readonly value: string; readonly label: string }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const option of options) if (!map.has(option.label)) map.set(option.label, option.value);
  for (const option of options) map.set(option.value, option.value);
  return map;
}

function fromScalar(cell: number | boolean, field: FieldDefinition, zone: TimeZone): unknown {
  if (typeof cell === 'boolean') return field.type === 'number' || field.type === 'money' || field.type === 'rating' ? Number(cell) : String(cell);
  // An Excel serial day number in a cell not formatted as a date.
  if ((field.type === 'date' || field.type === 'datetime') && cell > 0 && cell < 2_958_466) return fromDate(new Date(Math.round((cell - 25_569) * 86_400_000)), field, zone);
  return field.type === 'number' || field.type === 'money' || field.type === 'rating' ? cell : String(cell);
}

// Spreadsheets store wall-clock times without a zone; exceljs hands them over as UTC fields.
function fromDate(date: Date, field: FieldDefinition, zone: TimeZone): unknown {
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString();
  if (field.type === 'datetime') return `${iso.slice(0, 19)}${offsetSuffix(zone.offsetMinutes)}`;
  return iso.slice(0, 10);
}

function readDate(text: string): string | undefined {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(text);
  if (!match) return undefined;
  return `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
}

function readDateTime(text: string, suffix: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(text)) return text;
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!match) return undefined;
  const pad = (part: string | undefined) => (part ?? '0').padStart(2, '0');
  return `${match[1]}-${pad(match[2])}-${pad(match[3])}T${pad(match[4])}:${pad(match[5])}:${pad(match[6])}${suffix}`;
}

function splitList(text: string): string[] {
  return text
    .split(listSeparators)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function readJson(text: string): unknown {
  if (!text.startsWith('{') && !text.startsWith('[')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
