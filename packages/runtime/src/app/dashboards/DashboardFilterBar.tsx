import { useId, useState } from 'react';
import type { DashboardFilter } from '../../engine/index.js';
import type { DirectoryEntry } from '../api/ApiViews.js';
import type { DashboardFilterValues, DateRangeValue } from './DashboardFilterValues.js';
import { useDashboardText } from './dashboardMessages.js';
import type { DepartmentOption } from './departmentOptions.js';

export interface DashboardFilterBarProps {
  readonly filters: readonly DashboardFilter[];
  readonly values: DashboardFilterValues;
  /** The directory, for person filters. */
  readonly people: readonly DirectoryEntry[];
  readonly departments: readonly DepartmentOption[];
  readonly onChange: (id: string, value: DateRangeValue | string) => void;
}

/**
 * The dashboard's filters as labelled controls: a period as two dates in a fieldset named after
 * it, a person and a department as pickers with "All", a field as a value applied on Enter or
 * on leaving the box (not on every key, which would send a data call per letter).
 */
export function DashboardFilterBar({ filters, values, people, departments, onChange }: DashboardFilterBarProps) {
  const t = useDashboardText();
  if (filters.length === 0) return null;
  return (
    <section className="app-dashboard__filters" aria-label={t('dashboardFilters')}>
      {filters.map((filter) => {
        const value = Object.hasOwn(values, filter.id) ? values[filter.id] : undefined;
        switch (filter.kind) {
          case 'dateRange':
            return <PeriodControl key={filter.id} filter={filter} value={typeof value === 'object' ? value : {}} onChange={onChange} />;
          case 'member':
            return (
              <PickerControl key={filter.id} filter={filter} value={typeof value === 'string' ? value : ''} onChange={onChange} options={people.map((person) => ({ value: person.id, label: person.name }))} />
            );
          case 'department':
            return (
              <PickerControl
                key={filter.id}
                filter={filter}
                value={typeof value === 'string' ? value : ''}
                onChange={onChange}
                // Indented by depth, so that 华东 reads as part of 销售部 in a plain select.
                options={departments.map((department) => ({ value: department.id, label: `${'\u00a0\u00a0'.repeat(department.depth)}${department.name}` }))}
              />
            );
          case 'field':
            // Keyed by the value too: a value set elsewhere (Clear) replaces the typed text.
            return <FieldValueControl key={`${filter.id}:${typeof value === 'string' ? value : ''}`} filter={filter} value={typeof value === 'string' ? value : ''} onChange={onChange} />;
        }
      })}
    </section>
  );
}

interface ControlProps<V> {
  readonly filter: DashboardFilter;
  readonly value: V;
  readonly onChange: (id: string, value: DateRangeValue | string) => void;
}

function PeriodControl({ filter, value, onChange }: ControlProps<DateRangeValue>) {
  const t = useDashboardText();
  const set = (end: 'from' | 'to', day: string) => {
    const next: Record<'from' | 'to', string | undefined> = { from: value.from, to: value.to, [end]: day === '' ? undefined : day };
    onChange(filter.id, { ...(next.from !== undefined ? { from: next.from } : {}), ...(next.to !== undefined ? { to: next.to } : {}) });
  };
  return (
    <fieldset className="app-dashboard__filter app-dashboard__period">
      <legend>{filter.label}</legend>
      <label>
        <span>{t('filterFrom')}</span>
        <input type="date" value={value.from ?? ''} max={value.to} onChange={(event) => set('from', event.target.value)} />
      </label>
      <label>
        <span>{t('filterTo')}</span>
        <input type="date" value={value.to ?? ''} min={value.from} onChange={(event) => set('to', event.target.value)} />
      </label>
    </fieldset>
  );
}

function PickerControl({ filter, value, onChange, options }: ControlProps<string> & { readonly options: readonly { readonly value: string; readonly label: string }[] }) {
  const t = useDashboardText();
  const id = useId();
  return (
    <div className="app-dashboard__filter">
      <label htmlFor={id}>{filter.label}</label>
      <select id={id} value={value} onChange={(event) => onChange(filter.id, event.target.value)}>
        <option value="">{t('filterAll')}</option>
        {/* A value from a link that is not (or no longer) in the list still shows as set. */}
        {value !== '' && !options.some((option) => option.value === value) && <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function FieldValueControl({ filter, value, onChange }: ControlProps<string>) {
  const t = useDashboardText();
  const id = useId();
  const [text, setText] = useState(value);
  const apply = () => {
    if (text.trim() !== value) onChange(filter.id, text.trim());
  };
  return (
    <div className="app-dashboard__filter">
      <label htmlFor={id}>{filter.label}</label>
      <input
        id={id}
        type="search"
        value={text}
        title={t('filterValueHint')}
        onChange={(event) => setText(event.target.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply();
        }}
      />
    </div>
  );
}
