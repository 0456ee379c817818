import type { DashboardSchema } from '@formwork/runtime';
import { useId } from 'react';
import type { DashboardFormChoice } from '../../dashboard/DashboardEdit.js';
import { dashboardMessages as m, widgetTypeNames } from '../../i18n/dashboardMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { templateMessages } from '../../i18n/templateMessages.js';

/**
 * A published version of a dashboard, read only: its title, each widget (its title, type, the
 * form it reads and its place on the grid) in grid order, and its filters — what changed shows
 * beside the draft without touching it.
 */
export function DashboardVersionView({ version, dashboard, forms }: { readonly version: number; readonly dashboard: DashboardSchema; readonly forms: readonly DashboardFormChoice[] }) {
  const { t } = useLocale();
  const heading = useId();
  const inGridOrder = [...dashboard.widgets].sort((a, b) => a.layout.y - b.layout.y || a.layout.x - b.layout.x);
  const formTitle = (formId: string): string => forms.find((form) => form.id === formId)?.title ?? formId;
  return (
    <section className="fw-dash-version" aria-labelledby={heading}>
      <h3 id={heading}>{t(m.versionReadOnly, { version })}</h3>
      <p>{dashboard.title}</p>
      {inGridOrder.length === 0 ? (
        <p className="fw-muted">{t(m.versionNoWidgets)}</p>
      ) : (
        <ul aria-label={t(m.versionWidgets, { version })}>
          {inGridOrder.map((widget) => (
            <li key={widget.id}>
              {t(m.versionWidgetLine, {
                title: widget.title,
                type: t(widgetTypeNames[widget.type]),
                form: formTitle(widget.query.formId),
                x: widget.layout.x + 1,
                y: widget.layout.y + 1,
                w: widget.layout.w,
                h: widget.layout.h,
              })}
            </li>
          ))}
        </ul>
      )}
      {dashboard.filters && dashboard.filters.length > 0 ? <p>{t(m.versionFilters, { filters: dashboard.filters.map((filter) => filter.label).join(t(templateMessages.listSeparator)) })}</p> : null}
    </section>
  );
}
