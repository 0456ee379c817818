import type { Widget, WidgetType } from '@formwork/runtime';
import { useId } from 'react';
import type { DashboardSourceForm } from '../../dashboard/createDashboardSession.js';
import type { DashboardStore } from '../../dashboard/createDashboardStore.js';
import { dashboardMessages as m, widgetTypeNames } from '../../i18n/dashboardMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { CommitOnBlurInput } from './CommitOnBlurInput.js';
import { paletteTypes } from './WidgetPalette.js';
import { WidgetFilterEditor } from './WidgetFilterEditor.js';
import { TableColumnsPicker } from './TableColumnsPicker.js';
import { WidgetOrderPicker } from './WidgetOrderPicker.js';
import { WidgetQueryPickers } from './WidgetQueryPickers.js';
import { WidgetTypeSettings } from './WidgetTypeSettings.js';

/** The selected widget's settings: title, type, form, grouping, measure, a record table's columns, order and how many, filter and its type's own. Every change is a store command. */
export function WidgetPanel({ widget, forms, store }: { readonly widget: Widget; readonly forms: readonly DashboardSourceForm[]; readonly store: DashboardStore }) {
  const { t } = useLocale();
  const id = useId();
  const form = forms.find((candidate) => candidate.id === widget.query.formId)?.schema;
  const commands = store.getState();
  return (
    <section className="fw-dash-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t(m.widgetSettings)}</h3>
      <button type="button" className="fw-btn-text fw-btn-small" onClick={() => commands.selectWidget(null)}>
        {t(m.showDashboardSettings)}
      </button>
      <div className="fw-setting">
        <label htmlFor={`${id}-title`}>{t(m.widgetTitle)}</label>
        <CommitOnBlurInput key={widget.title} id={`${id}-title`} value={widget.title} onCommit={(title) => commands.updateWidget(widget.id, { title: title.trim() }).ok} />
      </div>
      <div className="fw-setting">
        <label htmlFor={`${id}-type`}>{t(m.widgetType)}</label>
        <select id={`${id}-type`} value={widget.type} onChange={(event) => commands.changeWidgetType(widget.id, event.target.value as WidgetType)}>
          {paletteTypes.map((type) => (
            <option key={type} value={type}>
              {t(widgetTypeNames[type])}
            </option>
          ))}
        </select>
      </div>
      <div className="fw-setting">
        <label htmlFor={`${id}-form`}>{t(m.form)}</label>
        <select id={`${id}-form`} value={widget.query.formId} onChange={(event) => commands.updateWidgetQuery(widget.id, { formId: event.target.value })}>
          {forms.some((candidate) => candidate.id === widget.query.formId) ? null : <option value={widget.query.formId}>{widget.query.formId}</option>}
          {forms.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.title}
            </option>
          ))}
        </select>
      </div>
      <WidgetQueryPickers widget={widget} form={form} onChange={(patch) => commands.updateWidgetQuery(widget.id, patch)} onPivotColumns={(columns) => commands.setPivotColumns(widget.id, columns)} />
      {widget.type === 'table' ? <TableColumnsPicker widget={widget} form={form} onChange={(columns) => commands.setTableColumns(widget.id, columns).ok} /> : null}
      <WidgetOrderPicker widget={widget} form={form} onSort={(sort) => commands.setWidgetSort(widget.id, sort)} onLimit={(limit) => commands.setWidgetLimit(widget.id, limit).ok} />
      <WidgetTypeSettings widget={widget} form={form} onChange={(patch) => commands.updateWidget(widget.id, patch).ok} />
      <WidgetFilterEditor
        key={`${widget.id}:${widget.query.formId}:${JSON.stringify(widget.query.filter ?? null)}`}
        filter={widget.query.filter}
        form={form}
        onApply={(filter) => commands.updateWidgetQuery(widget.id, { filter }).ok}
      />
    </section>
  );
}
