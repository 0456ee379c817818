import { useMemo, useState } from 'react';
import type { FormSchema } from '../../engine/index.js';
import type { RecordPage } from '../api/ApiViews.js';
import { joinFilters, type FilterTree } from '../api/RecordFilter.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { Link } from '../routing/Link.js';
import { routePath } from '../routing/parseRoute.js';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';
import { FilterBar } from './FilterBar.js';
import { toCondition, type FilterRow } from './FilterRow.js';
import { formatCell } from './formatCell.js';
import { ImportPanel } from './ImportPanel.js';
import { isNumeric, isSearchable, listColumns } from './listColumns.js';

const pageSize = 20;

export interface RecordTableProps {
  readonly formId: string;
  readonly schema: FormSchema;
  /** Always applied (e.g. "created by me" on My data). */
  readonly baseFilter?: FilterTree;
  /** Offer import (the form's data list, not My data). */
  readonly allowImport?: boolean;
}

/**
 * A form's records: columns, filters, search, sort, cursor pages, totals of number columns over
 * the whole filtered set, export of exactly that set, and import.
 */
export function RecordTable({ formId, schema, baseFilter, allowImport = false }: RecordTableProps) {
  const { api } = useAppSession();
  const { locale, t } = useLocale();
  const columns = useMemo(() => listColumns(schema), [schema]);
  // The aggregate API takes up to 10 measures: the count and nine sums.
  const numeric = columns.filter(isNumeric).slice(0, 9);
  const [filterRows, setFilterRows] = useState<readonly FilterRow[]>([]);
  const [search, setSearch] = useState('');
  const [appliedSearch, setAppliedSearch] = useState('');
  const [sort, setSort] = useState<{ field: string; direction: 'asc' | 'desc' } | null>(null);
  const [cursors, setCursors] = useState<readonly (string | undefined)[]>([undefined]);
  const [showImport, setShowImport] = useState(false);
  const [deleted, setDeleted] = useState(false);

  const searchFilter: FilterTree | undefined = useMemo(() => {
    const text = appliedSearch.trim();
    const fields = columns.filter(isSearchable);
    if (text === '' || fields.length === 0) return undefined;
    return { or: fields.map((f) => ({ field: f.id, op: 'like' as const, value: text })) };
  }, [appliedSearch, columns]);
  const filter = joinFilters([baseFilter, ...filterRows.map((row) => toCondition(row, columns.find((c) => c.id === row.field))), searchFilter]);
  const filterKey = JSON.stringify(filter ?? null);
  // Newest first unless the user picked a column.
  const sortParam = sort ? `${sort.field}:${sort.direction}` : '_createdAt:desc';
  const cursor = cursors[cursors.length - 1];
  const page = useAsync<RecordPage>(() => api.records(formId, { filter, sort: sortParam, limit: pageSize, cursor, deleted }), `${formId}|${filterKey}|${sortParam}|${cursor}|${deleted}`);
  const totals = useAsync(
    () => (numeric.length === 0 ? Promise.resolve(undefined) : api.totals(formId, numeric.map((c) => c.id), filter).catch(() => undefined)),
    `${formId}|${filterKey}|totals`,
  );
  const restart = (): void => setCursors([undefined]);

  const totalOf = (fieldId: string): unknown => {
    const row = totals.status === 'ready' ? totals.value : undefined;
    if (!row) return undefined;
    const values = (row['values'] ?? row) as Record<string, unknown>;
    return values[`sum_${fieldId}`] ?? values[`sum(${fieldId})`] ?? values[fieldId];
  };

  return (
    <div className="app-records">
      <div className="app-toolbar">
        <form
          className="app-search"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setAppliedSearch(search);
            restart();
          }}
        >
          <input className="fw-input" type="search" aria-label={t('search')} placeholder={t('searchPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)} />
          <button type="submit" className="fw-button">
            {t('search')}
          </button>
        </form>
        <div className="app-toolbar__right">
          <label className="app-check">
            <input
              type="checkbox"
              checked={deleted}
              onChange={(e) => {
                setDeleted(e.target.checked);
                restart();
              }}
            />
            {t('showDeleted')}
          </label>
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
      {showImport && (
        <ImportPanel
          formId={formId}
          onClose={() => setShowImport(false)}
          onImported={() => {
            restart();
            page.reload();
            totals.reload();
          }}
        />
      )}
      <FilterBar
        columns={columns}
        onApply={(rows) => {
          setFilterRows(rows);
          restart();
        }}
      />
      {page.status === 'error' && <LoadFailure error={page.error} onRetry={page.reload} />}
      <div className="app-table-wrap">
        <table className="app-table" aria-busy={page.status === 'loading' || undefined}>
          <thead>
            <tr>
              {columns.map((column) => {
                const active = sort?.field === column.id ? sort.direction : undefined;
                return (
                  <th key={column.id} scope="col" aria-sort={active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : 'none'} className={isNumeric(column) ? 'is-numeric' : undefined}>
                    <button
                      type="button"
                      className="app-sort"
                      aria-label={t('sortBy', { field: column.label })}
                      onClick={() => {
                        setSort(active === 'asc' ? { field: column.id, direction: 'desc' } : active === 'desc' ? null : { field: column.id, direction: 'asc' });
                        restart();
                      }}
                    >
                      {column.label}
                      <span aria-hidden="true">{active === 'asc' ? ' ↑' : active === 'desc' ? ' ↓' : ''}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">{t('createdAt')}</th>
              <th scope="col">
                <span className="fw-visually-hidden">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {page.status === 'ready' &&
              page.value.items.map((record) => (
                <tr key={record.id}>
                  {columns.map((column) => (
                    <td key={column.id} className={isNumeric(column) ? 'is-numeric' : undefined}>
                      {formatCell(column, record.data[column.id], locale)}
                    </td>
                  ))}
                  <td>{record.createdAt ? new Date(record.createdAt).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' }) : ''}</td>
                  <td>
                    <Link href={routePath({ page: 'record', recordId: record.id })}>{t('view')}</Link>
                  </td>
                </tr>
              ))}
            {page.status === 'ready' && page.value.items.length === 0 && (
              <tr>
                <td colSpan={columns.length + 2} className="app-table__empty">
                  {t('noRecords')}
                </td>
              </tr>
            )}
          </tbody>
          {/* Totals are over the live records; the trash shows none. */}
          {numeric.length > 0 && !deleted && (
            <tfoot>
              <tr>
                {columns.map((column, index) => (
                  <td key={column.id} className={isNumeric(column) ? 'is-numeric' : undefined}>
                    {isNumeric(column) ? formatCell(column, totalOf(column.id), locale) : index === 0 ? t('totals') : ''}
                  </td>
                ))}
                <td colSpan={2} />
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      <nav className="app-pager" aria-label={t('pagination')}>
        {page.status === 'ready' && page.value.total !== undefined && <span className="app-muted">{t('recordCount', { n: page.value.total })}</span>}
        <button type="button" className="fw-button" disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('previousPage')}
        </button>
        <span>{t('pageN', { n: cursors.length })}</span>
        <button
          type="button"
          className="fw-button"
          disabled={page.status !== 'ready' || !page.value.nextCursor}
          onClick={() => page.status === 'ready' && page.value.nextCursor && setCursors([...cursors, page.value.nextCursor])}
        >
          {t('nextPage')}
        </button>
      </nav>
    </div>
  );
}
