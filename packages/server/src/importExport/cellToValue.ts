import type { FieldDefinition } from '@formwork/runtime';
import { offsetSuffix, type TimeZone } from '../query/TimeZone.js';
import type { SheetCell } from './CellValue.js';
import { unneutralizeCell } from './neutralizeCell.js';
import type { OrgDirectory } from './OrgDirectory.js';

const listSeparators = /[,，;；\n]/;

/**
 * A spreadsheet cell as a record value for a field, best effort: numbers without thousands
 * separators or currency signs, dates as `YYYY-MM-DD` (from `2025/1/6`, `2025年1月6日`, Excel
 * dates), date-times with the app's offset, options by value or label, members by username or
 * name, departments by name, lists split on commas. What cannot be read is passed on as it is, so
 * the engine reports it with its usual message; undefined means an empty cell.
 *
 * @example
 * cellToValue('1,280.50', moneyField, directory, zone) // 1280.5
 * cellToValue('华东, 华南', regionsField, directory, zone) // ['east', 'south']
 */
export function cellToValue(cell: SheetCell, field: FieldDefinition, directory: OrgDirectory, zone: TimeZone, newRowId: () => string): unknown {
  if (cell === null) return undefined;
  if (cell instanceof Date) return fromDate(cell, field, zone);
  if (typeof cell === 'number' || typeof cell === 'boolean') return fromScalar(cell, field, zone);
  const raw = unneutralizeCell(cell);
  const text = field.type === 'textarea' || field.type === 'richtext' ? raw : raw.trim();
  if (text === '') return undefined;
  switch (field.type) {
    case 'number':
    case 'money':
    case 'rating': {
      // Plain numbers are the common case: skip the clean-up below.
      if (/^-?\d+(?:\.\d+)?$/.test(text)) return Number(text);
      const compact = text.replace(/[\s,，¥￥$]/g, '');
      return /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(compact) ? Number(compact) : text;
    }
    case 'date':
      return readDate(text) ?? text;
    case 'datetime':
      return readDateTime(text, zone) ?? text;
    case 'radio':
    case 'select':
      return optionValue(field.options, text) ?? text;
    case 'checkbox':
    case 'multiselect':
      return splitList(text).map((item) => optionValue(field.options, item) ?? item);
    case 'member':
      return directory.userId(text) ?? text;
    case 'members':
      return splitList(text).map((item) => directory.userId(item) ?? item);
    case 'department':
      return directory.departmentId(text) ?? text;
    case 'departments':
      return splitList(text).map((item) => directory.departmentId(item) ?? item);
    case 'address':
      return readJson(text) ?? { detail: text };
    case 'location':
      return readJson(text) ?? text;
    case 'subform': {
      const rows = readJson(text);
      if (!Array.isArray(rows)) return text;
      // Rows typed into a spreadsheet have no ids; give them one, as the designer's renderer would.
      return rows.map((row: unknown) => (typeof row === 'object' && row !== null && !Array.isArray(row) && typeof (row as { _id?: unknown })._id !== 'string' ? { ...row, _id: newRowId() } : row));
    }
    default:
      return text;
  }
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

function readDateTime(text: string, zone: TimeZone): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(text)) return text;
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!match) return undefined;
  const pad = (part: string | undefined) => (part ?? '0').padStart(2, '0');
  return `${match[1]}-${pad(match[2])}-${pad(match[3])}T${pad(match[4])}:${pad(match[5])}:${pad(match[6])}${offsetSuffix(zone.offsetMinutes)}`;
}

function optionValue(options: readonly { readonly value: string; readonly label: string }[], text: string): string | undefined {
  return options.find((option) => option.value === text)?.value ?? options.find((option) => option.label === text)?.value;
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
