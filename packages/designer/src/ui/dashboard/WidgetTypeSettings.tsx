import type { FormSchema, Widget } from '@formwork/runtime';
import { useId } from 'react';
import type { WidgetPatch } from '../../dashboard/commands/updateWidget.js';
import { dashboardMessages as m } from '../../i18n/dashboardMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { CommitOnBlurInput } from './CommitOnBlurInput.js';

/** The options of a choice field (select, radio…) of the form, in their order; none for other fields. */
function optionsOf(form: FormSchema | undefined, fieldId: string | undefined): readonly { readonly value: string; readonly label: string }[] {
  const field = form?.fields.find((candidate) => candidate.id === fieldId);
  return field && 'options' in field && Array.isArray(field.options) ? (field.options as { value: string; label: string }[]) : [];
}

/**
 * What only some widget types have: a funnel's stages (the stage field's options, ticked in their
 * order), a gauge's target, the unit of a KPI card or gauge, a KPI card's change against the
 * previous period, stacked or horizontal bars, a filled line, a ring for a pie.
 */
export function WidgetTypeSettings({ widget, form, onChange }: { readonly widget: Widget; readonly form: FormSchema | undefined; readonly onChange: (patch: WidgetPatch) => boolean }) {
  const { t } = useLocale();
  const id = useId();
  if (widget.type === 'funnel') {
    const options = optionsOf(form, widget.query.groupBy?.[0]?.field);
    if (options.length === 0) return null;
    const chosen = new Set(widget.stages ?? []);
    return (
      <fieldset className="fw-dash-stages">
        <legend>{t(m.stages)}</legend>
        {options.map((option) => (
          <label key={option.value} className="fw-setting-inline">
            <input
              type="checkbox"
              checked={chosen.has(option.value)}
              onChange={(event) => {
                const next = new Set(chosen);
                if (event.target.checked) next.add(option.value);
                else next.delete(option.value);
                const stages = options.map((candidate) => candidate.value).filter((value) => next.has(value));
                onChange({ stages: stages.length > 0 ? stages : null });
              }}
            />
            <span className="fw-visually-hidden">{t(m.stageIncluded, { stage: option.label })}</span>
            <span aria-hidden="true">{option.label}</span>
          </label>
        ))}
      </fieldset>
    );
  }
  const toggle = (label: string, checked: boolean, patch: (on: boolean) => WidgetPatch) => (
    <label key={label} className="fw-setting-inline">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(patch(event.target.checked))} />
      {label}
    </label>
  );
  if (widget.type === 'bar') return <>{[toggle(t(m.stacked), widget.stacked === true, (on) => ({ stacked: on })), toggle(t(m.horizontal), widget.horizontal === true, (on) => ({ horizontal: on }))]}</>;
  if (widget.type === 'line') return <>{[toggle(t(m.stacked), widget.stacked === true, (on) => ({ stacked: on })), toggle(t(m.area), widget.area === true, (on) => ({ area: on }))]}</>;
  if (widget.type === 'pie') return toggle(t(m.donut), widget.donut === true, (on) => ({ donut: on }));
  if (widget.type !== 'gauge' && widget.type !== 'kpi') return null;
  return (
    <>
      {widget.type === 'gauge' ? (
        <div className="fw-setting">
          <label htmlFor={`${id}-target`}>{t(m.target)}</label>
          <CommitOnBlurInput
            key={widget.target}
            id={`${id}-target`}
            type="number"
            value={String(widget.target)}
            onCommit={(value) => value.trim() !== '' && Number.isFinite(Number(value)) && onChange({ target: Number(value) })}
          />
        </div>
      ) : null}
      {widget.type === 'kpi' ? toggle(t(m.comparePrevious), widget.compareTo === 'previousPeriod', (on) => ({ comparePrevious: on })) : null}
      <div className="fw-setting">
        <label htmlFor={`${id}-unit`}>{t(m.unit)}</label>
        <CommitOnBlurInput key={widget.unit ?? ''} id={`${id}-unit`} value={widget.unit ?? ''} onCommit={(value) => onChange({ unit: value.trim() === '' ? null : value.trim() })} />
      </div>
    </>
  );
}
