import type { CompiledForm, FieldType, LocalizedText, ValueFieldDefinition } from '@formwork/runtime';
import type { SheetCell } from './CellValue.js';

/** A sheet column matched to a field. */
export interface ImportColumn {
  readonly index: number;
  readonly header: string;
  readonly field: ValueFieldDefinition;
}

export interface ImportColumnMatch {
  readonly columns: readonly ImportColumn[];
  /** Headers that name no importable field (system columns of an export, notes…): left out. */
  readonly ignored: readonly string[];
  readonly problems: readonly { readonly header: string; readonly message: LocalizedText }[];
}

// Computed on the server (formulas, lookups, serials) or uploaded separately (files).
const notImportable: ReadonlySet<FieldType> = new Set(['formula', 'lookup', 'serial', 'image', 'attachment', 'signature']);

/**
 * Matches a header row to the form's top-level fields by label, alias or id (also `Label [alias]`,
 * as exports write labels used twice). A field named by two columns, or a label two fields share,
 * is a problem; a header naming nothing is ignored.
 */
export function matchImportColumns(form: Pick<CompiledForm, 'valueFields'>, headers: readonly SheetCell[]): ImportColumnMatch {
  const fields = form.valueFields.filter((entry) => !entry.subform && !notImportable.has(entry.field.type)).map((entry) => entry.field);
  const byKey = new Map<string, ValueFieldDefinition | null>();
  const add = (key: string, field: ValueFieldDefinition): void => {
    const known = byKey.get(key);
    byKey.set(key, known === undefined || known === field ? field : null);
  };
  for (const field of fields) add(field.id, field);
  for (const field of fields) if (field.alias) add(field.alias, field);
  for (const field of fields) if (!byKey.has(field.label.trim())) add(field.label.trim(), field);
  const labels = new Map<string, number>();
  for (const field of fields) labels.set(field.label.trim(), (labels.get(field.label.trim()) ?? 0) + 1);

  const columns: ImportColumn[] = [];
  const ignored: string[] = [];
  const problems: { header: string; message: LocalizedText }[] = [];
  headers.forEach((cell, index) => {
    const header = cell === null ? '' : String(cell).trim();
    if (header === '') return;
    const bracketed = /\[([A-Za-z][A-Za-z0-9_]{0,63})\]$/.exec(header)?.[1];
    const field = (bracketed !== undefined ? byKey.get(bracketed) : undefined) ?? byKey.get(header);
    if (field === undefined) return void ignored.push(header);
    if (field === null || (labels.get(header) ?? 0) > 1) {
      return void problems.push({ header, message: { 'zh-CN': `列名"${header}"对应多个字段，请改用字段别名`, en: `"${header}" names several fields; use the field alias instead` } });
    }
    if (columns.some((column) => column.field === field)) {
      return void problems.push({ header, message: { 'zh-CN': `字段"${field.label}"对应了多列`, en: `Field "${field.label}" is named by more than one column` } });
    }
    columns.push({ index, header, field });
  });
  return { columns, ignored, problems };
}
