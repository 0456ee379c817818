import type { FieldDefinition, RecordTableColumn, RecordTableData, TableWidget } from '@formwork/runtime';
import type { OrgDirectory } from '../../cells/OrgDirectory.js';
import { exportCell, localDateTime, type ExportCell } from '../../importExport/exportCell.js';
import { parseRecordFilter } from '../../query/parseRecordFilter.js';
import { defaultRecordSort, type RecordSort } from '../../query/RecordSort.js';
import type { StoredRecord } from '../../records/StoredRecord.js';
import type { RecordSelection } from '../../storage/RecordStore.js';
import type { WidgetRun } from './runWidgetAggregate.js';
import { widgetFormUnavailable, widgetQueryInvalid } from './WidgetFault.js';

const defaultPageSize = 20;
/** Columns shown when the widget names none: the form's first fields, as a list page would. */
const defaultColumnCount = 6;

const systemColumns: Readonly<Record<string, { label: string; cell(record: StoredRecord, directory: OrgDirectory, run: WidgetRun): ExportCell }>> = {
  _createdAt: { label: '提交时间 / Submitted at', cell: (record, _, run) => localDateTime(record.createdAt, run.zone) },
  _updatedAt: { label: '更新时间 / Updated at', cell: (record, _, run) => localDateTime(record.updatedAt, run.zone) },
  _createdBy: { label: '提交人 / Submitted by', cell: (record, directory) => (record.creatorId ? (directory.userName(record.creatorId) ?? record.creatorId) : null) },
  _owner: { label: '负责人 / Owner', cell: (record, directory) => (record.ownerId ? (directory.userName(record.ownerId) ?? record.ownerId) : null) },
  _ownerDepartment: {
    label: '部门 / Department',
    cell: (record, directory) => (record.ownerDepartmentId ? (directory.departmentName(record.ownerDepartmentId) ?? record.ownerDepartmentId) : null),
  },
};

/**
 * A record table: one page of the records themselves, ALWAYS in the viewer's own row scope —
 * also on a dashboard whose numbers count everyone's data, records stay private — with cells as
 * an export writes them (option labels, names, local times), one SQL page and, when more match
 * than are listed, one count.
 */
export async function recordTableData(run: WidgetRun, widget: TableWidget, filterTree: unknown, directory: OrgDirectory): Promise<RecordTableData> {
  const { form, viewerScope, fields: access } = run.source;
  if (!viewerScope) throw widgetFormUnavailable(widget);
  let filter: RecordSelection['filter'] = null;
  if (filterTree !== undefined) {
    const parsed = parseRecordFilter(filterTree, access.queryFields, run.zone);
    if (!parsed.ok) throw widgetQueryInvalid(widget, parsed.issues);
    filter = parsed.predicate;
  }
  const fields = new Map<string, FieldDefinition>();
  // A field hidden from the viewer's role is no column of theirs: named, it is unknown.
  const listable = form.history.filter((entry) => entry.subformId === null && entry.field.type !== 'subform' && !access.hidden.has(entry.field.id));
  for (const entry of listable) fields.set(entry.field.id, entry.field);
  const names = widget.columns ?? listable.filter((entry) => !entry.removed).slice(0, defaultColumnCount).map((entry) => entry.field.id);
  const unknown = names.filter((name) => !fields.has(name) && !Object.hasOwn(systemColumns, name));
  if (unknown.length > 0) {
    throw widgetQueryInvalid(
      widget,
      unknown.map((name) => ({ pointer: '/columns', code: 'unknown_field', message: { 'zh-CN': `没有字段 "${name.slice(0, 64)}"`, en: `there is no field "${name.slice(0, 64)}"` } })),
    );
  }
  const columns: RecordTableColumn[] = names.map((name) => {
    const field = fields.get(name);
    if (!field) return { field: name, label: systemColumns[name]?.label ?? name };
    return { field: name, label: field.label, ...(form.queryFields.get(name)?.kind === 'number' ? { numeric: true } : {}) };
  });
  const selection: RecordSelection = { formId: form.formId, columns: form.columns, scope: viewerScope, filter, state: 'live' };
  const page = await run.stores.records.page({ ...selection, sort: tableSort(widget, run), cursor: undefined, limit: widget.pageSize ?? defaultPageSize });
  const rows = page.records.map((record) => ({
    id: record.id,
    cells: names.map((name) => {
      const field = fields.get(name);
      if (field) return exportCell(field, record.data[name], directory, run.zone);
      return systemColumns[name]?.cell(record, directory, run) ?? null;
    }),
  }));
  if (page.next === null) return { type: 'table', columns, rows };
  return { type: 'table', columns, rows, total: await run.stores.records.count(selection) };
}

function tableSort(widget: TableWidget, run: WidgetRun): RecordSort {
  const sort = widget.query.sort;
  const field = sort ? run.source.fields.queryFields.get(sort.by) : undefined;
  if (!sort || !field || field.kind === 'list' || field.kind === 'count') return defaultRecordSort;
  return { field, direction: sort.direction };
}
