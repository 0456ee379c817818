import { useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { FormSchema, RestrictedFields } from '../../engine/index.js';
import type { RecordPage, RecordView } from '../api/ApiViews.js';
import { joinFilters, type FilterTree } from '../api/RecordFilter.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { Link } from '../routing/Link.js';
import { routePath } from '../routing/parseRoute.js';
import { navigate } from '../routing/useLocation.js';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';
import { BatchPanel, batchFields } from './BatchPanel.js';
import { FilterBar } from './FilterBar.js';
import { toCondition } from './FilterRow.js';
import { formatCell } from './formatCell.js';
import { ImportPanel } from './ImportPanel.js';
import { isNumeric, isSearchable, listColumns } from './listColumns.js';
import { columnValue, systemFieldColumns } from './systemColumns.js';
import { useRecordList } from './useRecordList.js';

const pageSize = 20;

export interface RecordTableProps {
  readonly formId: string;
  readonly schema: FormSchema;
  /** Always applied (e.g. "created by me" on My data). */
  readonly baseFilter?: FilterTree;
  /** Offer import (the form's data list when the form lets this user import). */
  readonly allowImport?: boolean;
  /** Offer selecting rows to edit or delete them together (the form's data list, not archived). */
  readonly allowBatch?: boolean;
  /**
   * What the user's role may not see or change (`restrictedFieldsOf`): hidden fields get no column
   * (nor search, filter or sum, which the server would refuse), locked ones no batch edit.
   */
  readonly restricted?: RestrictedFields;
}

/**
 * A form's records: columns (the form's and the system's, chosen per user and form), filters,
 * search, sort and cursor pages kept in the URL, totals of number columns over the whole
 * filtered set, export of exactly that set, import, and batch edit or delete of selected rows.
 * A row opens its record on click or Enter; the first column and the actions stay in view when
 * the table scrolls sideways.
 */
export function RecordTable({ formId, schema, baseFilter, allowImport = false, allowBatch = false, restricted }: RecordTableProps) {
  const { api, me } = useAppSession();
  const { locale, t } = useLocale();
  const { list, state } = useRecordList(me.user.id, formId);
  const formColumns = useMemo(() => listColumns(schema).filter((field) => !restricted?.hidden.has(field.id)), [schema, restricted]);
  const systemFields = useMemo(() => systemFieldColumns(t), [t]);
  const allColumns = useMemo(() => [...formColumns, ...systemFields], [formColumns, systemFields]);
  const columns = allColumns.filter((column) => !state.hiddenColumns.has(column.id));
  // The aggregate API takes up to 10 measures: the count and nine sums.
  const numeric = formColumns.filter(isNumeric).slice(0, 9);
  const [showImport, setShowImport] = useState(false);
  const { filters, search, sort, cursors, deleted, selected, batch, revision } = state;

  const searchFilter: FilterTree | undefined = useMemo(() => {
    const fields = formColumns.filter(isSearchable);
    if (search === '' || fields.length === 0) return undefined;
    return { or: fields.map((f) => ({ field: f.id, op: 'like' as const, value: search })) };
  }, [search, formColumns]);
  const filter = joinFilters([baseFilter, ...filters.map((row) => toCondition(row, allColumns.find((c) => c.id === row.field))), searchFilter]);
  const filterKey = JSON.stringify(filter ?? null);
  // Newest first unless the user picked a column.
  const sortParam = sort ? `${sort.field}:${sort.direction}` : '_createdAt:desc';
  const cursor = cursors[cursors.length - 1];
  const page = useAsync<RecordPage>(
    () => api.records(formId, { filter, sort: sortParam, limit: pageSize, cursor, deleted }),
    `${formId}|${filterKey}|${sortParam}|${cursor}|${deleted}|${revision}`,
  );
  const totals = useAsync(
    () => (numeric.length === 0 ? Promise.resolve(undefined) : api.totals(formId, numeric.map((c) => c.id), filter).catch(() => undefined)),
    `${formId}|${filterKey}|totals|${revision}`,
  );
  // Whom "submitted by" (and member columns) can be filtered by: the directory this user may read.
  const people = useAsync(() => api.users().catch(() => []), 'people');
  const items = page.status === 'ready' ? page.value.items : [];
  const names = page.status === 'ready' ? page.value.names : undefined;
  const selecting = allowBatch && !deleted;
  const first = columns[0];

  const totalOf = (fieldId: string): unknown => {
    const row = totals.status === 'ready' ? totals.value : undefined;
    if (!row) return undefined;
    const values = (row['values'] ?? row) as Record<string, unknown>;
    return values[`sum_${fieldId}`] ?? values[`sum(${fieldId})`] ?? values[fieldId];
  };
  const titleOf = (record: RecordView): string => (first ? formatCell(first, columnValue(record, first.id), locale, names) : '') || record.id;
  const open = (record: RecordView): void => navigate(routePath({ page: 'record', recordId: record.id }));
  // A click on the row's own controls (the checkbox, the link) does what they do, not open the row twice.
  const fromControl = (event: MouseEvent | KeyboardEvent): boolean => event.target instanceof Element && event.target.closest('a, button, input, label, select, textarea') !== null;
  const startClass = (index: number): string | undefined => (index === 0 ? `app-table__sticky-start${selecting ? ' app-table__sticky-start--after-select' : ''}` : undefined);
  const emptyMessage = filters.length > 0 || search !== '' ? t('noRecords') : deleted ? t('trashEmpty') : t('noRecordsYet');

  return (
    <div className="app-records">
      <div className="app-toolbar">
        <form
          className="app-search"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            const text = new FormData(e.currentTarget).get('q');
            list.search(typeof text === 'string' ? text : '');
          }}
        >
          <input className="fw-input" type="search" name="q" aria-label={t('search')} placeholder={t('searchPlaceholder')} defaultValue={search} />
          <button type="submit" className="fw-button">
            {t('search')}
          </button>
        </form>
        <div className="app-toolbar__right">
          <label className="app-check">
            <input type="checkbox" checked={deleted} onChange={(e) => list.showDeleted(e.target.checked)} />
            {t('showDeleted')}
          </label>
          <details className="app-columns">
            <summary className="fw-button">{t('columns')}</summary>
            <fieldset className="app-columns__list" aria-label={t('columns')}>
              {allColumns.map((column) => (
                <label key={column.id} className="app-check">
                  <input type="checkbox" checked={!state.hiddenColumns.has(column.id)} onChange={(e) => list.setColumnVisible(column.id, e.target.checked)} />
                  {column.label}
                </label>
              ))}
            </fieldset>
          </details>
          <a className="fw-button" href={api.exportUrl(formId, 'csv', filter)} download>
            {t('exportCsv')}
          </a>
          <a className="fw-button" href={api.exportUrl(formId, 'xlsx', filter)} download>
            {t('exportXlsx')}
          </a>
          {allowImport && (
            <button type="button" className="fw-button" aria-expanded={showImport} onClick={() => setShowImport(!showImport)}>
              {t('import')}
            </button>
          )}
        </div>
      </div>
      {showImport && allowImport && <ImportPanel formId={formId} onClose={() => setShowImport(false)} onImported={() => list.restart()} />}
      <FilterBar columns={allColumns} initialRows={filters} people={people.status === 'ready' ? people.value : []} onApply={(rows) => list.applyFilters(rows)} />
      {selecting && selected.size > 0 && (
        <div className="app-selection" role="group" aria-label={t('selectedN', { n: selected.size })}>
          <span>{t('selectedN', { n: selected.size })}</span>
          <button type="button" className="fw-button" onClick={() => list.openBatch('edit')}>
            {t('batchEdit')}
          </button>
          <button type="button" className="fw-button fw-button--danger" onClick={() => list.openBatch('delete')}>
            {t('batchDelete')}
          </button>
          <button type="button" className="fw-button" onClick={() => list.clearSelection()}>
            {t('clearSelection')}
          </button>
        </div>
      )}
      {batch.step !== 'closed' && batch.step !== 'done' && (
        <BatchPanel
          key={batch.action}
          action={batch.action}
          batch={batch}
          count={selected.size}
          fields={batchFields(formColumns).filter((field) => !restricted?.locked.has(field.id))}
          reasonRequired={schema.settings?.changeReason === 'required'}
          nameOf={(id) => {
            const record = items.find((r) => r.id === id);
            return record ? titleOf(record) : id;
          }}
          onCancel={() => list.closeBatch()}
          onSend={(change, reason) => void list.runBatch((ids) => api.batchRecords(formId, ids, change, reason))}
        />
      )}
      {batch.step === 'done' && (
        <p role="status" className="app-muted">
          {t('batchDone', { n: batch.changed })}
        </p>
      )}
      {page.status === 'error' && <LoadFailure error={page.error} onRetry={page.reload} />}
      <div className="app-table-wrap">
        <table className="app-table" aria-busy={page.status === 'loading' || undefined}>
          <thead>
            <tr>
              {selecting && (
                <th scope="col" className="app-table__select">
                  <input type="checkbox" aria-label={t('selectPage')} checked={items.length > 0 && items.every((r) => selected.has(r.id))} onChange={() => list.toggleAll(items.map((r) => r.id))} />
                </th>
              )}
              {columns.map((column, index) => {
                const active = sort?.field === column.id ? sort.direction : undefined;
                const classes = [isNumeric(column) ? 'is-numeric' : undefined, startClass(index)].filter(Boolean).join(' ');
                return (
                  <th key={column.id} scope="col" aria-sort={active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : 'none'} className={classes || undefined}>
                    <button type="button" className="app-sort" aria-label={t('sortBy', { field: column.label })} onClick={() => list.toggleSort(column.id)}>
                      {column.label}
                      <span aria-hidden="true">{active === 'asc' ? ' ↑' : active === 'desc' ? ' ↓' : ''}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col" className="app-table__sticky-end">
                <span className="fw-visually-hidden">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((record) => (
              <tr
                key={record.id}
                className="app-table__row"
                tabIndex={0}
                onClick={(event) => fromControl(event) || open(record)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && event.target === event.currentTarget) open(record);
                }}
              >
                {selecting && (
                  <td className="app-table__select">
                    <input type="checkbox" aria-label={t('selectRecord', { name: titleOf(record) })} checked={selected.has(record.id)} onChange={() => list.toggleSelected(record.id)} />
                  </td>
                )}
                {columns.map((column, index) => {
                  const classes = [isNumeric(column) ? 'is-numeric' : undefined, startClass(index)].filter(Boolean).join(' ');
                  return (
                    <td key={column.id} className={classes || undefined}>
                      {formatCell(column, columnValue(record, column.id), locale, names)}
                    </td>
                  );
                })}
                <td className="app-table__sticky-end">
                  {/* Named after the record ("View ACME Ltd"), starting with the visible word: a list of links all named "View" tells nothing. */}
                  <Link href={routePath({ page: 'record', recordId: record.id })} aria-label={t('viewRecord', { name: titleOf(record) })}>
                    {t('view')}
                  </Link>
                </td>
              </tr>
            ))}
            {page.status === 'ready' && items.length === 0 && (
              <tr>
                <td colSpan={columns.length + (selecting ? 2 : 1)} className="app-table__empty">
                  {emptyMessage}
                </td>
              </tr>
            )}
          </tbody>
          {/* Totals are over the live records; the trash shows none. */}
          {numeric.length > 0 && !deleted && (
            <tfoot>
              <tr>
                {selecting && <td className="app-table__select" />}
                {columns.map((column, index) => (
                  <td key={column.id} className={[isNumeric(column) ? 'is-numeric' : undefined, startClass(index)].filter(Boolean).join(' ') || undefined}>
                    {isNumeric(column) ? formatCell(column, totalOf(column.id), locale) : index === 0 ? t('totals') : ''}
                  </td>
                ))}
                <td className="app-table__sticky-end" />
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      <nav className="app-pager" aria-label={t('pagination')}>
        {page.status === 'ready' && page.value.total !== undefined && <span className="app-muted">{t('recordCount', { n: page.value.total })}</span>}
        <button type="button" className="fw-button" disabled={cursors.length <= 1} onClick={() => list.previousPage()}>
          {t('previousPage')}
        </button>
        <span>{t('pageN', { n: cursors.length })}</span>
        <button
          type="button"
          className="fw-button"
          disabled={page.status !== 'ready' || !page.value.nextCursor}
          onClick={() => page.status === 'ready' && page.value.nextCursor && list.nextPage(page.value.nextCursor)}
        >
          {t('nextPage')}
        </button>
      </nav>
    </div>
  );
}
