import type { FieldDefinition, Locale, LocalizedText } from '@formwork/runtime';
import type { FieldHistoryEntry } from '../forms/collectFieldHistory.js';
import type { TimeZone } from '../query/TimeZone.js';
import { recordKeyHeader, subformColumnHeader, zoneNote } from './sheetHeaders.js';

/** A column of an export: a top-level field, a subform's column (current or removed) or a system attribute. */
export type ExportColumn =
  | { readonly kind: 'field'; readonly header: string; readonly field: FieldDefinition; readonly removed: boolean }
  | { readonly kind: 'cell'; readonly header: string; readonly subformId: string; readonly field: FieldDefinition; readonly removed: boolean }
  | { readonly kind: 'system'; readonly header: string; readonly attribute: 'id' | 'creator' | 'createdAt' | 'updatedAt' };

const removedSuffix: LocalizedText = { 'zh-CN': '（已删除）', en: ' (removed)' };
const systemHeaders: Readonly<Record<'id' | 'creator' | 'createdAt' | 'updatedAt', LocalizedText>> = {
  id: recordKeyHeader,
  creator: { 'zh-CN': '提交人', en: 'Submitted by' },
  createdAt: { 'zh-CN': '提交时间', en: 'Submitted at' },
  updatedAt: { 'zh-CN': '更新时间', en: 'Updated at' },
};

/**
 * The columns of an export: every field the form ever had, headed by its label — fields removed
 * since keep their values and are marked `（已删除）`/`(removed)` — then the record id, submitter
 * and times. A subform is not one column but its columns, `产品明细 · 数量`, in its place (each
 * subform row gets a line of its own: see `exportLines`). Date-time headers name the zone their
 * values are written in. A label used twice gets the field's alias or id in brackets
 * (`Name [f_name2]`), which an import also understands.
 */
export function exportColumns(history: readonly FieldHistoryEntry[], locale: Locale, zone: TimeZone): ExportColumn[] {
  const labelCount = new Map<string, number>();
  const nameOf = (entry: FieldHistoryEntry): string => `${entry.subformId ?? ''}\u0000${entry.field.label}`;
  for (const entry of history) labelCount.set(nameOf(entry), (labelCount.get(nameOf(entry)) ?? 0) + 1);
  const labelOf = (entry: FieldHistoryEntry): string => ((labelCount.get(nameOf(entry)) ?? 0) > 1 ? `${entry.field.label} [${entry.field.alias ?? entry.field.id}]` : entry.field.label);
  const subforms = new Map(history.filter((entry) => entry.field.type === 'subform').map((entry) => [entry.field.id, entry]));
  const headerOf = (entry: FieldHistoryEntry, label: string): string =>
    `${label}${entry.field.type === 'datetime' ? zoneNote(zone) : ''}${entry.removed ? removedSuffix[locale] : ''}`;

  const columns: ExportColumn[] = [];
  for (const entry of history) {
    if (entry.field.type === 'subform') continue;
    if (entry.subformId === null) {
      columns.push({ kind: 'field', header: headerOf(entry, labelOf(entry)), field: entry.field, removed: entry.removed });
      continue;
    }
    const subform = subforms.get(entry.subformId);
    const subformLabel = subform ? labelOf(subform) : entry.subformId;
    // A column of a removed subform is removed too.
    const removed = entry.removed || (subform?.removed ?? false);
    columns.push({ kind: 'cell', header: headerOf({ ...entry, removed }, subformColumnHeader(subformLabel, labelOf(entry))), subformId: entry.subformId, field: entry.field, removed });
  }
  for (const attribute of ['id', 'creator', 'createdAt', 'updatedAt'] as const) {
    const timed = attribute === 'createdAt' || attribute === 'updatedAt';
    columns.push({ kind: 'system', header: `${systemHeaders[attribute][locale]}${timed ? zoneNote(zone) : ''}`, attribute });
  }
  return columns;
}
