import type { DashboardFilter, DashboardFilterKind, DashboardSchema } from '@formwork/runtime';
import { useId, useState } from 'react';
import type { DashboardSourceForm } from '../../dashboard/createDashboardSession.js';
import type { DashboardStore } from '../../dashboard/createDashboardStore.js';
import { widgetFieldChoices, type WidgetFieldChoice } from '../../dashboard/widgetFieldChoices.js';
import { dashboardFilterKindNames, dashboardMessages as m } from '../../i18n/dashboardMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { CommitOnBlurInput } from './CommitOnBlurInput.js';

const kinds: readonly DashboardFilterKind[] = ['dateRange', 'department', 'member', 'field'];

/** Whether a field can be narrowed by a filter of `kind`: a period by a date, a person by a person, a department by a department. */
function fitsKind(choice: WidgetFieldChoice, kind: DashboardFilterKind): boolean {
  switch (kind) {
    case 'dateRange':
      return choice.role === 'date';
    case 'member':
      return choice.role === 'person';
    case 'department':
      return choice.id === '_ownerDepartment' || choice.field?.type === 'department' || choice.field?.type === 'departments';
    case 'field':
      return choice.role === 'category';
  }
}

/**
 * The controls viewers set above the widgets (period, department, person, a field's value): add
 * one, name it, and for each widget pick the field of its form it narrows, or none.
 */
export function DashboardFiltersEditor({ dashboard, forms, store }: { readonly dashboard: DashboardSchema; readonly forms: readonly DashboardSourceForm[]; readonly store: DashboardStore }) {
  const { t } = useLocale();
  const id = useId();
  const [kind, setKind] = useState<DashboardFilterKind>('dateRange');
  return (
    <section className="fw-dash-filters" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t(m.dashboardFilters)}</h4>
      <p className="fw-muted">{t(m.dashboardFiltersHint)}</p>
      {(dashboard.filters ?? []).map((filter) => (
        <FilterEntry key={filter.id} filter={filter} dashboard={dashboard} forms={forms} store={store} />
      ))}
      <div className="fw-inline-form">
        <label htmlFor={`${id}-kind`}>{t(m.filterKind)}</label>
        <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as DashboardFilterKind)}>
          {kinds.map((option) => (
            <option key={option} value={option}>
              {t(dashboardFilterKindNames[option])}
            </option>
          ))}
        </select>
        <button type="button" className="fw-btn-small" onClick={() => store.getState().addDashboardFilter(kind)}>
          {t(m.addFilter)}
        </button>
      </div>
    </section>
  );
}

function FilterEntry({ filter, dashboard, forms, store }: { readonly filter: DashboardFilter; readonly dashboard: DashboardSchema; readonly forms: readonly DashboardSourceForm[]; readonly store: DashboardStore }) {
  const { t } = useLocale();
  const id = useId();
  const label = (choice: WidgetFieldChoice): string => (typeof choice.label === 'string' ? choice.label : t(choice.label));
  return (
    <fieldset className="fw-dash-filter-entry">
      <legend>
        {filter.label} · {t(dashboardFilterKindNames[filter.kind])}
      </legend>
      <div className="fw-setting">
        <label htmlFor={`${id}-label`}>{t(m.filterLabel, { label: filter.label })}</label>
        <CommitOnBlurInput key={filter.label} id={`${id}-label`} value={filter.label} onCommit={(value) => store.getState().updateDashboardFilter(filter.id, { label: value.trim() }).ok} />
      </div>
      {dashboard.widgets.map((widget) => {
        const schema = forms.find((form) => form.id === widget.query.formId)?.schema;
        const choices = (schema ? widgetFieldChoices(schema) : []).filter((choice) => fitsKind(choice, filter.kind));
        const bound = filter.bindings[widget.id];
        return (
          <div className="fw-setting" key={widget.id}>
            <label htmlFor={`${id}-${widget.id}`}>{t(m.filterBinding, { label: filter.label, widget: widget.title })}</label>
            <select id={`${id}-${widget.id}`} value={bound ?? ''} onChange={(event) => store.getState().updateDashboardFilter(filter.id, { widgetId: widget.id, field: event.target.value === '' ? null : event.target.value })}>
              <option value="">{t(m.notBound)}</option>
              {bound !== undefined && !choices.some((choice) => choice.id === bound) ? <option value={bound}>{bound}</option> : null}
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {label(choice)}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <button type="button" className="fw-btn-small fw-btn-danger" aria-label={t(m.removeFilter, { label: filter.label })} onClick={() => store.getState().removeDashboardFilter(filter.id)}>
        {t(m.remove)}
      </button>
    </fieldset>
  );
}
