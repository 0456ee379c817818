import type { FormSchema, MeasureOp, TimeBucket, Widget } from '@formwork/runtime';
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
  const groupChoice = choices.find((choice) => choice.id === group?.field);
  const measure = widget.query.measures?.[0];
  const numbers = choices.filter((choice) => choice.role === 'number');
  return (
    <>
      {grouping ? (
        <div className="fw-setting">
          <label htmlFor={`${id}-group`}>{t(m[grouping.label])}</label>
          <select
            id={`${id}-group`}
            value={group?.field ?? ''}
            onChange={(event) => {
              const picked = choices.find((choice) => choice.id === event.target.value);
              onChange({ groupBy: picked ? [picked.role === 'date' ? { field: picked.id, bucket: 'month' } : { field: picked.id }] : null });
            }}
          >
            {grouping.optional || group === undefined ? <option value="">{t(m.noGrouping)}</option> : null}
            {choices
              .filter((choice) => grouping.roles.includes(choice.role))
              .map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {label(choice)}
                </option>
              ))}
          </select>
        </div>
      ) : null}
      {grouping && group && groupChoice?.role === 'date' ? (
        <div className="fw-setting">
          <label htmlFor={`${id}-bucket`}>{t(m.bucket)}</label>
          <select id={`${id}-bucket`} value={group.bucket ?? 'day'} onChange={(event) => onChange({ groupBy: [{ field: group.field, bucket: event.target.value as TimeBucket }] })}>
            {buckets.map((bucket) => (
              <option key={bucket} value={bucket}>
                {t(timeBucketNames[bucket])}
              </option>
            ))}
          </select>
        </div>
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
