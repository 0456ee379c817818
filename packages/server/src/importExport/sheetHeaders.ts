import type { LocalizedText } from '@formwork/runtime';
import { offsetSuffix, type TimeZone } from '../query/TimeZone.js';

/**
 * How exports, templates and imports spell the headers that are not just a field's label — one
 * place, so that what an export writes an import reads back.
 */

/** Between a subform's label and its column's: `产品明细 · 数量`, `Products · Quantity`. */
export const subformSeparator = ' · ';

/** The header of a subform column, flattened into the sheet. */
export function subformColumnHeader(subformLabel: string, columnLabel: string): string {
  return `${subformLabel}${subformSeparator}${columnLabel}`;
}

/** The rest of a header after a subform's name and the separator (`·`, or `.` as people type it), if it starts so. */
export function afterSubformName(header: string, subformName: string): string | undefined {
  if (!header.startsWith(subformName)) return undefined;
  const match = /^\s*[·.]\s*(.+)$/.exec(header.slice(subformName.length));
  return match?.[1];
}

/** What a time column's header says of its zone: ` (Asia/Shanghai, UTC+08:00)`. */
export function zoneNote(zone: TimeZone): string {
  return ` (${zone.name}, UTC${offsetSuffix(zone.offsetMinutes)})`;
}

/** A header without the zone note an export added (`提交时间 (Asia/Shanghai, UTC+08:00)` → `提交时间`). */
export function withoutZoneNote(header: string): string {
  return header.replace(/\s*[(（][^()（）]*UTC[+-]\d{2}:\d{2}[)）]$/, '');
}

/**
 * The record key column: lines of a sheet that share its value are one record (the first line
 * carries the record's fields, each line one row of its subforms). Exports fill it with the
 * record id; people may type anything (1, 2, 3…). Either language's name is recognised.
 */
export const recordKeyHeader: LocalizedText = { 'zh-CN': '记录ID', en: 'Record ID' };

/** Whether a header names the record key column, in either language. */
export function isRecordKeyHeader(header: string): boolean {
  const name = withoutZoneNote(header).trim();
  return name === recordKeyHeader['zh-CN'] || name.toLowerCase() === recordKeyHeader.en.toLowerCase();
}
