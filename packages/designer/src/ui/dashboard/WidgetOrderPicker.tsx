import type { FormSchema, Widget } from '@formwork/runtime';
import { useId } from 'react';
import { listsRecords, type WidgetSort } from '../../dashboard/commands/setWidgetSort.js';
import { groupSortKeys, valueSortKey } from '../../dashboard/commands/widgetSortKeys.js';
import { tableSortChoices } from '../../dashboard/tableColumnChoices.js';
import { widgetFieldChoices, type WidgetFieldChoice } from '../../dashboard/widgetFieldChoices.js';
import { dashboardMessages as m } from '../../i18n/dashboardMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { CommitOnBlurInput } from './CommitOnBlurInput.js';

/** One entry of the order picker: the sort it sets (none: the grouping's or the list's own order). */
interface OrderOption {
  readonly key: string;
  readonly label: string;
  readonly sort: WidgetSort | null;
}

/**
 * How a widget orders what it shows and how many: by its value, largest first, and the first N
 * (a top 10), or by a grouped field; a leaderboard only how many people it ranks; a record table
 * by any of its fields, and how many rows. A KPI card, gauge or funnel has neither.
 */
export function WidgetOrderPicker({
  widget,
  form,
  onSort,
  onLimit,
}: {
  readonly widget: Widget;
  readonly form: FormSchema | undefined;
  readonly onSort: (sort: WidgetSort | null) => void;
  readonly onLimit: (limit: number | null) => boolean;
}) {
  const { t } = useLocale();
  const id = useId();
  if (widget.type === 'kpi' || widget.type === 'gauge' || widget.type === 'funnel') return null;
  const records = listsRecords(widget);
  const nameOf = (choice: WidgetFieldChoice | undefined, fallback: string): string => (choice === undefined ? fallback : typeof choice.label === 'string' ? choice.label : t(choice.label));
  const options: OrderOption[] = [];
  if (records) {
    options.push({ key: '', label: t(m.sortRecordsDefault), sort: null });
    for (const choice of form ? tableSortChoices(form) : []) {
      const field = nameOf(choice, choice.id);
      options.push({ key: `${choice.id}:asc`, label: t(m.sortFieldAsc, { field }), sort: { by: choice.id, direction: 'asc' } });
      options.push({ key: `${choice.id}:desc`, label: t(m.sortFieldDesc, { field }), sort: { by: choice.id, direction: 'desc' } });
    }
  } else if (widget.type !== 'leaderboard') {
    const value = valueSortKey(widget.query);
    options.push({ key: '', label: t(m.sortNatural), sort: null });
    options.push({ key: `${value}:desc`, label: t(m.sortValueDesc), sort: { by: value, direction: 'desc' } });
    options.push({ key: `${value}:asc`, label: t(m.sortValueAsc), sort: { by: value, direction: 'asc' } });
    const choices = form ? widgetFieldChoices(form) : [];
    for (const key of groupSortKeys(widget.query)) {
      const field = nameOf(choices.find((choice) => choice.id === key), key);
      options.push({ key: `${key}:asc`, label: t(m.sortFieldAsc, { field }), sort: { by: key, direction: 'asc' } });
      options.push({ key: `${key}:desc`, label: t(m.sortFieldDesc, { field }), sort: { by: key, direction: 'desc' } });
    }
  }
  const sort = widget.query.sort;
  const current = sort ? `${sort.by}:${sort.direction}` : '';
  // A sort the options do not name (a field since removed) is still shown as it is stored.
  if (options.length > 0 && !options.some((option) => option.key === current)) options.push({ key: current, label: current, sort: sort ?? null });
  const shown = records ? (widget.type === 'table' ? widget.pageSize : undefined) : widget.query.limit;
  const limitLabel = records ? m.pageSize : widget.type === 'leaderboard' ? m.leaderboardSize : m.limit;
  return (
    <>
      {options.length > 0 ? (
        <div className="fw-setting">
          <label htmlFor={`${id}-sort`}>{t(m.sortOrder)}</label>
          <select id={`${id}-sort`} value={current} onChange={(event) => onSort(options.find((option) => option.key === event.target.value)?.sort ?? null)}>
            {options.map((option) => (
              <option key={option.key} value={option.key}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="fw-setting">
        <label htmlFor={`${id}-limit`}>{t(limitLabel)}</label>
        <CommitOnBlurInput
          key={shown ?? ''}
          id={`${id}-limit`}
          type="number"
          value={shown === undefined ? '' : String(shown)}
          onCommit={(text) => (text.trim() === '' ? onLimit(null) : Number.isFinite(Number(text)) && onLimit(Number(text)))}
        />
      </div>
    </>
  );
}
