import type { FieldDefinition, Locale, LocalizedText } from '@formwork/runtime';
import type { FieldHistoryEntry } from '../forms/collectFieldHistory.js';

/** A column of an export: a field (current or removed) or a system attribute. */
export type ExportColumn =
  | { readonly kind: 'field'; readonly header: string; readonly field: FieldDefinition; readonly removed: boolean }
  | { readonly kind: 'system'; readonly header: string; readonly attribute: 'id' | 'creator' | 'createdAt' | 'updatedAt' };

const removedSuffix: LocalizedText = { 'zh-CN': '（已删除）', en: ' (removed)' };
const systemHeaders: Readonly<Record<'id' | 'creator' | 'createdAt' | 'updatedAt', LocalizedText>> = {
  id: { 'zh-CN': '记录ID', en: 'Record ID' },
  creator: { 'zh-CN': '提交人', en: 'Submitted by' },
  createdAt: { 'zh-CN': '提交时间', en: 'Submitted at' },
  updatedAt: { 'zh-CN': '更新时间', en: 'Updated at' },
};

/**
 * The columns of an export: every top-level field the form ever had, headed by its label — fields
 * removed since keep their values and are marked `（已删除）`/`(removed)` — then the record id,
 * submitter and times. A label used twice gets the field's alias or id in brackets
 * (`Name [f_name2]`), which an import also understands.
 */
export function exportColumns(history: readonly FieldHistoryEntry[], locale: Locale): ExportColumn[] {
  const entries = history.filter((entry) => entry.subformId === null);
  const labelCount = new Map<string, number>();
  for (const entry of entries) labelCount.set(entry.field.label, (labelCount.get(entry.field.label) ?? 0) + 1);
  const columns: ExportColumn[] = entries.map((entry) => {
    const label = (labelCount.get(entry.field.label) ?? 0) > 1 ? `${entry.field.label} [${entry.field.alias ?? entry.field.id}]` : entry.field.label;
    return { kind: 'field', header: entry.removed ? `${label}${removedSuffix[locale]}` : label, field: entry.field, removed: entry.removed };
  });
  for (const attribute of ['id', 'creator', 'createdAt', 'updatedAt'] as const) columns.push({ kind: 'system', header: systemHeaders[attribute][locale], attribute });
  return columns;
}
