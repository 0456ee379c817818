import { useState } from 'react';
import type { FieldDefinition } from '../../engine/index.js';
import type { FilterOperator } from '../api/RecordFilter.js';
import type { AppMessageKey } from '../i18n/appMessages.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { operatorsFor, type FilterRow } from './FilterRow.js';

/**
 * Field + operator + value lines, applied together. Edits stay local until "Apply", so that a
 * half-typed value does not send a query per keystroke.
 */
export function FilterBar({
  columns,
  initialRows = [],
  people = [],
  onApply,
}: {
  readonly columns: readonly FieldDefinition[];
  /** Whom a member column can be filtered by (the directory the user may read). */
  readonly people?: readonly { readonly id: string; readonly name: string }[];
  /** The rows applied before (from the URL). */
  readonly initialRows?: readonly FilterRow[];
  readonly onApply: (rows: readonly FilterRow[]) => void;
}) {
  const { t } = useLocale();
  const [rows, setRows] = useState<readonly FilterRow[]>(initialRows);
  const first = columns[0];
  const update = (index: number, change: Partial<FilterRow>): void => setRows(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <form
      className="app-filters"
      aria-label={t('filters')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(rows);
      }}
    >
      {rows.map((row, index) => {
        const field = columns.find((c) => c.id === row.field);
        const ops = operatorsFor(field);
        const n = index + 1;
        const needsValue = row.op !== 'empty' && row.op !== 'not_empty';
        return (
          <div key={index} className="app-filters__row" role="group" aria-label={`${t('filters')} ${n}`}>
            <select
              className="fw-input"
              aria-label={t('filterField')}
              value={row.field}
              onChange={(e) => {
                const next = columns.find((c) => c.id === e.target.value);
                update(index, { field: e.target.value, op: operatorsFor(next)[0] ?? 'eq', value: '', value2: '' });
              }}
            >
              {columns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
            <select className="fw-input" aria-label={t('filterOperator')} value={row.op} onChange={(e) => update(index, { op: e.target.value as FilterOperator })}>
              {ops.map((op) => (
                <option key={op} value={op}>
                  {t(`op_${op}` as AppMessageKey)}
                </option>
              ))}
            </select>
            {needsValue && field?.type === 'member' ? (
              <select className="fw-input" aria-label={t('filterValue')} value={row.value} onChange={(e) => update(index, { value: e.target.value })}>
                <option value="" />
                {people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            ) : needsValue && field && 'options' in field && (row.op === 'eq' || row.op === 'ne') ? (
              <select className="fw-input" aria-label={t('filterValue')} value={row.value} onChange={(e) => update(index, { value: e.target.value })}>
                <option value="" />
                {field.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              needsValue && (
                <input
                  className="fw-input"
                  aria-label={t('filterValue')}
                  type={field?.type === 'date' ? 'date' : 'text'}
                  placeholder={row.op === 'in' || row.op === 'nin' ? t('listSeparatorHint') : undefined}
                  value={row.value}
                  onChange={(e) => update(index, { value: e.target.value })}
                />
              )
            )}
            {row.op === 'range' && (
              <input
                className="fw-input"
                aria-label={t('filterValueTo')}
                type={field?.type === 'date' ? 'date' : 'text'}
                value={row.value2}
                onChange={(e) => update(index, { value2: e.target.value })}
              />
            )}
            <button type="button" className="fw-icon-button" aria-label={t('removeFilter', { n })} onClick={() => setRows(rows.filter((_, i) => i !== index))}>
              ×
            </button>
          </div>
        );
      })}
      <div className="app-filters__actions">
        {first && (
          <button type="button" className="fw-button" onClick={() => setRows([...rows, { field: first.id, op: operatorsFor(first)[0] ?? 'eq', value: '', value2: '' }])}>
            + {t('addFilter')}
          </button>
        )}
        {rows.length > 0 && (
          <>
            <button type="submit" className="fw-button fw-button--primary">
              {t('applyFilters')}
            </button>
            <button
              type="button"
              className="fw-button"
              onClick={() => {
                setRows([]);
                onApply([]);
              }}
            >
              {t('clearFilters')}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
