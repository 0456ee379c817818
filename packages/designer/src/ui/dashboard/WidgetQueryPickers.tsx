import type { FormSchema, GroupBy, MeasureOp, TimeBucket, Widget } from '@formwork/runtime';
import { useId } from 'react';
import type { QueryPatch } from '../../dashboard/commands/updateWidgetQuery.js';
import { distinctFieldChoices } from '../../dashboard/distinctFieldChoices.js';
import { widgetFieldChoices, type WidgetFieldChoice, type WidgetFieldRole } from '../../dashboard/widgetFieldChoices.js';
import { dashboardMessages as m, measureOpNames, timeBucketNames } from '../../i18n/dashboardMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';

const measureOps: readonly MeasureOp[] = ['count', 'distinct', 'sum', 'avg', 'min', 'max'];
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
    case 'pivot':
      return { label: 'pivotRows', roles: ['category', 'date', 'person'], optional: true };
    default:
      return { label: 'groupBy', roles: ['category', 'date', 'person'], optional: true };
  }
}

/**
 * The grouping (a field, and for a date a time bucket) and the measure (count, a distinct count of
 * a field, or sum, average, minimum, maximum of a number field) of a widget, offered as its type
 * reads them: a leaderboard ranks a person field, a funnel's stages are a field's values, a pivot
 * table's rows and columns are two groupings, a KPI card or gauge has no grouping.
 */
export function WidgetQueryPickers({
  widget,
  form,
  onChange,
  onPivotColumns,
}: {
  readonly widget: Widget;
  readonly form: FormSchema | undefined;
  readonly onChange: (patch: QueryPatch) => void;
  readonly onPivotColumns: (columns: GroupBy | null) => void;
}) {
  const { t } = useLocale();
  const id = useId();
  const choices = form ? widgetFieldChoices(form) : [];
  const label = (choice: WidgetFieldChoice): string => (typeof choice.label === 'string' ? choice.label : t(choice.label));
  const grouping = groupingOf(widget);
  const group = widget.query.groupBy?.[0];
  const measure = widget.query.measures?.[0];
  const numbers = choices.filter((choice) => choice.role === 'number');
  const distinctChoices = form ? distinctFieldChoices(form) : [];
  /** The fields an operation may read: any one-value field for a distinct count, a number otherwise. */
  const fieldsFor = (op: MeasureOp): readonly WidgetFieldChoice[] => (op === 'distinct' ? distinctChoices : numbers);
  const groups = widget.query.groupBy ?? [];
  const pivotColumnLevels = widget.type === 'pivot' ? Math.min(widget.columnLevels ?? 0, groups.length) : 0;
  const pivotColumns = pivotColumnLevels > 0 ? groups[groups.length - 1] : undefined;
  return (
    <>
      {grouping ? (
        <GroupingPicker level={0} label={t(m[grouping.label])} optional={grouping.optional} choices={choices.filter((choice) => grouping.roles.includes(choice.role))} widget={widget} onChange={onChange} />
      ) : null}
      {grouping && grouping.optional && group && (widget.type === 'bar' || widget.type === 'line') ? (
        <GroupingPicker level={1} label={t(m.thenBy)} optional choices={choices.filter((choice) => grouping.roles.includes(choice.role) && choice.id !== group.field)} widget={widget} onChange={onChange} />
      ) : null}
      {grouping && widget.type === 'pivot' && group && groups.length > pivotColumnLevels ? (
        <GroupPicker
          label={t(m.pivotColumns)}
          bucketLabel={t(m.pivotColumnsBucket)}
          noneLabel={t(m.noPivotColumns)}
          optional
          current={pivotColumns}
          choices={choices.filter((choice) => grouping.roles.includes(choice.role) && !groups.slice(0, groups.length - pivotColumnLevels).some((row) => row.field === choice.id))}
          onPick={onPivotColumns}
        />
      ) : null}
      {widget.type === 'table' ? null : (
        <div className="fw-setting">
          <label htmlFor={`${id}-op`}>{t(m.measure)}</label>
          <select
            id={`${id}-op`}
            value={measure?.op ?? 'count'}
            onChange={(event) => {
              const op = event.target.value as MeasureOp;
              // The field read so far stays when the new operation may read it (a sum becomes an average).
              const fields = fieldsFor(op);
              const field = fields.find((choice) => choice.id === measure?.field)?.id ?? fields[0]?.id;
              onChange({ measure: op === 'count' || field === undefined ? { op } : { op, field } });
            }}
          >
            {measureOps.map((op) => (
              <option key={op} value={op} disabled={op !== 'count' && fieldsFor(op).length === 0}>
                {t(measureOpNames[op])}
              </option>
            ))}
          </select>
          {numbers.length === 0 ? <p className="fw-muted">{t(m.noNumberFields)}</p> : null}
        </div>
      )}
      {measure && measure.op !== 'count' ? (
        <div className="fw-setting">
          <label htmlFor={`${id}-field`}>{measure.op === 'distinct' ? t(m.distinctField) : t(m.measureField)}</label>
          <select id={`${id}-field`} value={measure.field ?? ''} onChange={(event) => onChange({ measure: { op: measure.op, field: event.target.value } })}>
            {measure.field !== undefined && !fieldsFor(measure.op).some((choice) => choice.id === measure.field) ? <option value={measure.field}>{measure.field}</option> : null}
            {fieldsFor(measure.op).map((choice) => (
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
 * Level 0 is the categories (bars, points, rows); level 1 splits them into series. Clearing
 * level 0 clears both.
 */
function GroupingPicker({ level, label, optional, choices, widget, onChange }: { readonly level: 0 | 1; readonly label: string; readonly optional: boolean; readonly choices: readonly WidgetFieldChoice[]; readonly widget: Widget; readonly onChange: (patch: QueryPatch) => void }) {
  const { t } = useLocale();
  const levels = widget.query.groupBy ?? [];
  const set = (next: GroupBy | null): void => {
    const kept = levels.slice(0, level);
    if (next === null) onChange({ groupBy: level === 0 ? null : kept });
    // A field grouped twice says nothing more: a deeper level on the same field goes.
    else onChange({ groupBy: [...kept, next, ...levels.slice(level + 1).filter((deeper) => deeper.field !== next.field)] });
  };
  return <GroupPicker label={label} bucketLabel={level === 0 ? t(m.bucket) : t(m.thenByBucket)} noneLabel={t(m.noGrouping)} optional={optional} current={levels[level]} choices={choices} onPick={set} />;
}

/** A grouping's field, and for a date its time bucket; `onPick(null)` when none is chosen. */
function GroupPicker({
  label,
  bucketLabel,
  noneLabel,
  optional,
  current,
  choices,
  onPick,
}: {
  readonly label: string;
  readonly bucketLabel: string;
  readonly noneLabel: string;
  readonly optional: boolean;
  readonly current: GroupBy | undefined;
  readonly choices: readonly WidgetFieldChoice[];
  readonly onPick: (next: GroupBy | null) => void;
}) {
  const { t } = useLocale();
  const id = useId();
  const picked = choices.find((choice) => choice.id === current?.field);
  const nameOf = (choice: WidgetFieldChoice): string => (typeof choice.label === 'string' ? choice.label : t(choice.label));
  return (
    <>
      <div className="fw-setting">
        <label htmlFor={`${id}-field`}>{label}</label>
        <select
          id={`${id}-field`}
          value={current?.field ?? ''}
          onChange={(event) => {
            const choice = choices.find((candidate) => candidate.id === event.target.value);
            onPick(choice ? (choice.role === 'date' ? { field: choice.id, bucket: 'month' } : { field: choice.id }) : null);
          }}
        >
          {optional || current === undefined ? <option value="">{noneLabel}</option> : null}
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
          <label htmlFor={`${id}-bucket`}>{bucketLabel}</label>
          <select id={`${id}-bucket`} value={current.bucket ?? 'day'} onChange={(event) => onPick({ field: current.field, bucket: event.target.value as TimeBucket })}>
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
