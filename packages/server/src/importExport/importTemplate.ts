import type { FieldDefinition, Locale, LocalizedText, SubformField, ValueFieldDefinition } from '@formwork/runtime';
import { localDateOf, type TimeZone } from '../query/TimeZone.js';
import type { RecordForm } from '../records/RecordForm.js';
import type { ExportCell } from './exportCell.js';
import { isImportable } from './matchImportColumns.js';
import { neutralizeCell } from '../cells/neutralizeCell.js';
import { recordKeyHeader, subformColumnHeader, zoneNote } from './sheetHeaders.js';

/** An import template: the headers an import reads, one example line, and notes on how to fill it. */
export interface ImportTemplate {
  readonly headers: readonly string[];
  readonly example: readonly ExportCell[];
  /** Lines of explanation, in both languages (XLSX puts them on a second sheet). */
  readonly notes: readonly string[];
}

/** Who the example names: the person downloading the template. */
export interface TemplateSample {
  readonly username: string;
  readonly departmentName: string | undefined;
}

/**
 * The template of a form's import: a column per importable field headed by its label (`[alias]`
 * after a label used twice), a subform's columns as `产品明细 · 数量`, and — when the form has
 * subforms — the record key column first, so that several lines can make one record. The
 * example line holds a value of each field's type in the form a person types it (an option's
 * label, a local date, a username), so the template imports as it is.
 *
 * @example
 * importTemplate(form, 'zh-CN', zone, now, { username: 'zhang.wei', departmentName: '华东' })
 * // { headers: ['记录ID', '客户', '产品明细 · 数量'], example: ['1', '示例文本', 1], notes: [...] }
 */
export function importTemplate(form: RecordForm, locale: Locale, zone: TimeZone, now: number, sample: TemplateSample, locked: ReadonlySet<string> = new Set()): ImportTemplate {
  // Fields the caller may not change (or see) are no columns of theirs: an import leaves them out too.
  const entries = form.compiled.valueFields.filter((entry) => isImportable(entry.field) && !locked.has(entry.subform?.id ?? entry.field.id));
  const topLevel = entries.filter((entry) => !entry.subform);
  const labelCount = new Map<string, number>();
  for (const { field } of topLevel) labelCount.set(field.label.trim(), (labelCount.get(field.label.trim()) ?? 0) + 1);
  const labelOf = (field: FieldDefinition): string => ((labelCount.get(field.label.trim()) ?? 0) > 1 ? `${field.label} [${field.alias ?? field.id}]` : field.label);
  const hasSubforms = topLevel.some(({ field }) => field.type === 'subform');
  const headers: string[] = hasSubforms ? [recordKeyHeader[locale]] : [];
  const example: ExportCell[] = hasSubforms ? ['1'] : [];
  const date = localDateOf(now, zone);
  for (const { field, subform } of entries) {
    if (field.type === 'subform') continue;
    const label = subform ? subformColumnHeader(labelOf(subform as SubformField), field.label) : labelOf(field);
    headers.push(`${label}${field.type === 'datetime' ? zoneNote(zone) : ''}`);
    const value = sampleValue(field, locale, date, sample);
    example.push(typeof value === 'string' ? neutralizeCell(value) : value);
  }
  return { headers, example, notes: notes.map((note) => `${note['zh-CN']} / ${note.en}`) };
}

function sampleValue(field: ValueFieldDefinition, locale: Locale, date: string, sample: TemplateSample): ExportCell {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'richtext':
      return locale === 'zh-CN' ? '示例文本' : 'Sample text';
    case 'number':
    case 'money':
      return Math.min(field.max ?? Number.POSITIVE_INFINITY, field.min ?? 1);
    case 'rating':
      return Math.min(field.max ?? 5, 3);
    case 'date':
      return date;
    case 'datetime':
      return `${date} 09:30`;
    case 'radio':
    case 'select':
    case 'checkbox':
    case 'multiselect':
      return field.options[0]?.label ?? null;
    case 'member':
    case 'members':
      return sample.username;
    case 'department':
    case 'departments':
      return sample.departmentName ?? null;
    case 'phone':
      return '13800000000';
    case 'email':
      return 'name@example.com';
    case 'url':
      return 'https://example.com';
    case 'address':
      return locale === 'zh-CN' ? '上海市浦东新区世纪大道 100 号' : '100 Century Avenue, Pudong, Shanghai';
    // A map position or a linked record cannot be made up: left for the person to fill.
    default:
      return null;
  }
}

const notes: readonly LocalizedText[] = [
  { 'zh-CN': '第一行是列名，请勿修改；第二行是示例，可改写或删除', en: 'The first row names the columns: keep it; the second is an example to overwrite or delete' },
  { 'zh-CN': '选项填选项名称，成员填用户名或姓名，部门填部门名称，多个值用逗号分隔', en: 'Options by their label, members by username or name, departments by name; several values separated by commas' },
  { 'zh-CN': '日期写作 2025-01-06，日期时间写作 2025-01-06 09:30（列名中的时区）', en: 'Dates as 2025-01-06, date-times as 2025-01-06 09:30 (in the zone the header names)' },
  {
    'zh-CN': '子表单：每行填一条子表单记录，同一条记录的各行填相同的"记录ID"且相邻，主表字段只填在第一行',
    en: 'Subforms: one subform row per line; the lines of one record share its "Record ID" and follow each other, its own fields on the first line only',
  },
  { 'zh-CN': '计算、查找、流水号和文件字段不能导入', en: 'Formula, lookup, serial number and file fields are not imported' },
];
