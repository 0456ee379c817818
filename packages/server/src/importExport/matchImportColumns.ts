import type { CompiledForm, FieldType, LocalizedText, SubformField, ValueFieldDefinition } from '@formwork/runtime';
import type { SheetCell } from '../cells/CellValue.js';
import { afterSubformName, isRecordKeyHeader, withoutZoneNote } from './sheetHeaders.js';

/** A sheet column matched to a field: a top-level one, or a column of a subform (`subform` set). */
export interface ImportColumn {
  readonly index: number;
  readonly header: string;
  readonly field: ValueFieldDefinition;
  readonly subform?: SubformField;
}

export interface ImportColumnMatch {
  readonly columns: readonly ImportColumn[];
  /** The record key column (`记录ID`/`Record ID`): lines sharing its value are one record. */
  readonly key: { readonly index: number; readonly header: string } | undefined;
  /** Headers that name no importable field (system columns of an export, notes…): left out. */
  readonly ignored: readonly string[];
  readonly problems: readonly { readonly header: string; readonly message: LocalizedText }[];
}

// Computed on the server (formulas, lookups, serials) or uploaded separately (files).
const notImportable: ReadonlySet<FieldType> = new Set(['formula', 'lookup', 'serial', 'image', 'attachment', 'signature']);

/** Whether a field's values can come from a sheet. */
export function isImportable(field: ValueFieldDefinition): boolean {
  return !notImportable.has(field.type);
}

/** Fields by every name a header may give them: id, alias, then label (unless another field has that label as id or alias). */
function namesOf(fields: readonly ValueFieldDefinition[]): { byKey: Map<string, ValueFieldDefinition | null>; labels: Map<string, number> } {
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
  return { byKey, labels };
}

/** The field a header names (also `Label [alias]`); null when it is ambiguous. */
function lookUp(names: ReturnType<typeof namesOf>, header: string): ValueFieldDefinition | null | undefined {
  const bracketed = /\[([A-Za-z][A-Za-z0-9_]{0,63})\]$/.exec(header)?.[1];
  const field = (bracketed !== undefined ? names.byKey.get(bracketed) : undefined) ?? names.byKey.get(header);
  if (field === undefined) return undefined;
  return field === null || (names.labels.get(header) ?? 0) > 1 ? null : field;
}

/**
 * Matches a header row to the form's fields by label, alias or id (also `Label [alias]`, as
 * exports write labels used twice, and without the zone note exports add to time columns).
 * Subform columns are `Subform · Column` (or `Subform.Column`), each part by label, alias or id;
 * a subform named alone takes its rows as JSON. `记录ID`/`Record ID` is the record key. A field
 * named by two columns, or a label two fields share, is a problem; a header naming nothing (or a
 * field in `locked`) is ignored.
 */
export function matchImportColumns(form: Pick<CompiledForm, 'valueFields'>, headers: readonly SheetCell[], locked: ReadonlySet<string> = new Set()): ImportColumnMatch {
  // A field the importer's role may not change (settings.access.fields) names nothing: its column is ignored like any unknown one.
  const topLevel = form.valueFields.filter((entry) => !entry.subform && isImportable(entry.field) && !locked.has(entry.field.id)).map((entry) => entry.field);
  const top = namesOf(topLevel);
  const subforms = topLevel.filter((field): field is SubformField => field.type === 'subform');
  const subformNames = namesOf(subforms);
  const columnNames = new Map(subforms.map((subform) => [subform, namesOf(form.valueFields.filter((entry) => entry.subform === subform && isImportable(entry.field)).map((entry) => entry.field))]));
  const subformKeys = subforms.flatMap((subform) => [subform.id, subform.alias, subform.label.trim()].flatMap((key) => (key ? [{ key, subform }] : [])));

  const columns: ImportColumn[] = [];
  const ignored: string[] = [];
  const problems: { header: string; message: LocalizedText }[] = [];
  let key: ImportColumnMatch['key'];
  const ambiguous = (header: string) => ({ header, message: { 'zh-CN': `列名"${header}"对应多个字段，请改用字段别名`, en: `"${header}" names several fields; use the field alias instead` } });
  headers.forEach((cell, index) => {
    const header = cell === null ? '' : String(cell).trim();
    const name = withoutZoneNote(header);
    if (name === '') return;
    if (isRecordKeyHeader(name) && top.byKey.get(name) === undefined) {
      key ??= { index, header };
      return;
    }
    const topField = lookUp(top, name);
    let found: { field: ValueFieldDefinition; subform?: SubformField } | null | undefined = topField ? { field: topField } : topField;
    if (found === undefined) {
      for (const { key: subformKey, subform } of subformKeys) {
        const rest = afterSubformName(name, subformKey);
        const names = columnNames.get(subform);
        if (rest === undefined || !names || subformNames.byKey.get(subformKey) !== subform) continue;
        const column = lookUp(names, rest.trim());
        if (column === undefined) continue;
        found = column === null ? null : { field: column, subform };
        break;
      }
    }
    if (found === undefined) return void ignored.push(header);
    if (found === null) return void problems.push(ambiguous(header));
    const { field, subform } = found;
    if (columns.some((column) => column.field === field || (column.field === subform && subform !== undefined) || (subform === undefined && column.subform === field))) {
      return void problems.push({ header, message: { 'zh-CN': `字段"${field.label}"对应了多列`, en: `Field "${field.label}" is named by more than one column` } });
    }
    columns.push(subform ? { index, header, field, subform } : { index, header, field });
  });
  return { columns, key, ignored, problems };
}
