import type { FormSchema, GroupBy, MeasureOp, TimeBucket, Widget } from '@formwork/runtime';
import { useId } from 'react';
import type { QueryPatch } from '../../dashboard/commands/updateWidgetQuery.js';
import { widgetFieldChoices, type WidgetFieldChoice, type WidgetFieldRole } from '../../dashboard/widgetFieldChoices.js';
import { dashboardMessages as m, measureOpNames, timeBucketNames } from '../../i18n/dashboardMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';

const measureOps: readonly MeasureOp[] = ['count', 'sum', 'avg', 'min', 'max'];
const buckets: readonly TimeBucket[] = ['day', 'week', 'month', 'quarter', 'year'];

/** Which fields the grouping picker of each widget type offers, and how it is named. */
function groupingOf(widget: Widget): { readonly label: keyof typeof m; readonly roles: readonly WidgetFieldRole[]; readonly optional: boolean } | undefined {
  switch (widget.type) {
    case 'kpi':
    case 'gauge':
    case 'table':
      return undefined;
    case 'leaderboard':
      return { label: 'personField', roles: ['person'], optional: false };
    case 'funnel':
      return { label: 'stageField', roles: ['category'], optional: false };
    default:
      return { label: 'groupBy', roles: ['category', 'date', 'person'], optional: true };
  }
}

/**
 * The grouping (a field, and for a date a time bucket) and the measure (count, or sum, average,
 * minimum, maximum of a number field) of a widget, offered as its type reads them: a leaderboard
 * ranks a person field, a funnel's stages are a field's values, a KPI card or gauge has no grouping.
 */
export function WidgetQueryPickers({ widget, form, onChange }: { readonly widget: Widget; readonly form: FormSchema | undefined; readonly onChange: (patch: QueryPatch) => void }) {
  const { t } = useLocale();
  const id = useId();
  const choices = form ? widgetFieldChoices(form) : [];
  const label = (choice: WidgetFieldChoice): string => (typeof choice.label === 'string' ? choice.label : t(choice.label));
  const grouping = groupingOf(widget);
  const group = widget.query.groupBy?.[0];
  const measure = widget.query.measures?.[0];
  const numbers = choices.filter((choice) => choice.role === 'number');
  return (
    <>
      {grouping ? (
        <GroupingPicker level={0} label={t(m[grouping.label])} optional={grouping.optional} choices={choices.filter((choice) => grouping.roles.includes(choice.role))} widget={widget} onChange={onChange} />
      ) : null}
      {grouping && grouping.optional && group && (widget.type === 'bar' || widget.type === 'line' || widget.type === 'pivot') ? (
        <GroupingPicker level={1} label={t(m.thenBy)} optional choices={choices.filter((choice) => grouping.roles.includes(choice.role) && choice.id !== group.field)} widget={widget} onChange={onChange} />
      ) : null}
      {widget.type === 'table' ? null : (
        <div className="fw-setting">
          <label htmlFor={`${id}-op`}>{t(m.measure)}</label>
          <select
            id={`${id}-op`}
            value={measure?.op ?? 'count'}
            onChange={(event) => {
              const op = event.target.value as MeasureOp;
              const field = measure?.field ?? numbers[0]?.id;
              onChange({ measure: op === 'count' || field === undefined ? { op } : { op, field } });
            }}
          >
            {measureOps.map((op) => (
              <option key={op} value={op} disabled={op !== 'count' && numbers.length === 0}>
                {t(measureOpNames[op])}
              </option>
            ))}
          </select>
          {numbers.length === 0 ? <p className="fw-muted">{t(m.noNumberFields)}</p> : null}
        </div>
      )}
      {measure && measure.op !== 'count' ? (
        <div className="fw-setting">
          <label htmlFor={`${id}-field`}>{t(m.measureField)}</label>
          <select id={`${id}-field`} value={measure.field ?? ''} onChange={(event) => onChange({ measure: { op: measure.op, field: event.target.value } })}>
            {numbers.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {label(choice)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </>
  );
}

/**
 * One level of grouping: a field, and for a date its time bucket (a new date starts by month).
 * Level 0 is the categories (bars, points, rows); level 1 splits them into series (or columns
 * of a pivot). Clearing level 0 clears both.
 */
function GroupingPicker({ level, label, optional, choices, widget, onChange }: { readonly level: 0 | 1; readonly label: string; readonly optional: boolean; readonly choices: readonly WidgetFieldChoice[]; readonly widget: Widget; readonly onChange: (patch: QueryPatch) => void }) {
  const { t } = useLocale();
  const id = useId();
  const levels = widget.query.groupBy ?? [];
  const current = levels[level];
  const picked = choices.find((choice) => choice.id === current?.field);
  const nameOf = (choice: WidgetFieldChoice): string => (typeof choice.label === 'string' ? choice.label : t(choice.label));
  const set = (next: GroupBy | null): void => {
    const kept = levels.slice(0, level);
    if (next === null) onChange({ groupBy: level === 0 ? null : kept });
    // A field grouped twice says nothing more: a deeper level on the same field goes.
    else onChange({ groupBy: [...kept, next, ...levels.slice(level + 1).filter((deeper) => deeper.field !== next.field)] });
  };
  return (
    <>
      <div className="fw-setting">
        <label htmlFor={`${id}-field`}>{label}</label>
        <select
          id={`${id}-field`}
          value={current?.field ?? ''}
          onChange={(event) => {
            const choice = choices.find((candidate) => candidate.id === event.target.value);
            set(choice ? (choice.role === 'date' ? { field: choice.id, bucket: 'month' } : { field: choice.id }) : null);
          }}
        >
          {optional || current === undefined ? <option value="">{t(m.noGrouping)}</option> : null}
          {current !== undefined && !picked ? <option value={current.field}>{current.field}</option> : null}
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {nameOf(choice)}
            </option>
          ))}
        </select>
      </div>
      {current && picked?.role === 'date' ? (
        <div className="fw-setting">
          <label htmlFor={`${id}-bucket`}>{level === 0 ? t(m.bucket) : t(m.thenByBucket)}</label>
          <select id={`${id}-bucket`} value={current.bucket ?? 'day'} onChange={(event) => set({ field: current.field, bucket: event.target.value as TimeBucket })}>
            {buckets.map((bucket) => (
              <option key={bucket} value={bucket}>
                {t(timeBucketNames[bucket])}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </>
  );
}
