import { useId, type CSSProperties } from 'react';
import type { DashboardSchema, DrillDown, Locale } from '../../engine/index.js';
import { WidgetView } from '../../react/charts/index.js';
import type { WidgetAnswer } from '../api/DashboardViews.js';
import { dashboardTranslator } from './dashboardMessages.js';

export interface DashboardGridProps {
  readonly dashboard: DashboardSchema;
  /** The data call's answer per widget id; a widget without one is still loading. */
  readonly answers: ReadonlyMap<string, WidgetAnswer>;
  readonly locale: Locale;
  readonly onDrillDown: (drill: DrillDown) => void;
}

/**
 * The widgets on the charts entry's 12-column grid (its `fw-dashboard` classes: one column under
 * 600 px), in reading order. Unlike the entry's `DashboardView`, a widget the server could not
 * compute shows the server's reason in its own card, and the others are drawn as usual.
 */
export function DashboardGrid({ dashboard, answers, locale, onDrillDown }: DashboardGridProps) {
  const widgets = [...dashboard.widgets].sort((a, b) => a.layout.y - b.layout.y || a.layout.x - b.layout.x);
  return (
    <div className="fw-dashboard" lang={locale}>
      <div className="fw-dashboard__grid">
        {widgets.map((widget) => {
          const answer = answers.get(widget.id);
          return (
            <div
              key={widget.id}
              className={`fw-dashboard__cell fw-dashboard__cell--${widget.type}`}
              style={{ '--fw-x': widget.layout.x + 1, '--fw-y': widget.layout.y + 1, '--fw-w': widget.layout.w, '--fw-h': widget.layout.h } as CSSProperties}
            >
              {answer !== undefined && 'error' in answer ? (
                <WidgetError title={widget.title} message={answer.error.message} locale={locale} />
              ) : (
                <WidgetView widget={widget} data={answer?.data} locale={locale} onDrillDown={onDrillDown} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function WidgetError({ title, message, locale }: { readonly title: string; readonly message: string; readonly locale: Locale }) {
  const titleId = useId();
  return (
    <section className="fw-widget" aria-labelledby={titleId}>
      <header className="fw-widget__header">
        <h3 id={titleId} className="fw-widget__title">
          {title}
        </h3>
      </header>
      <p className="fw-widget__note app-error">{dashboardTranslator(locale)('widgetFailed', { message })}</p>
    </section>
  );
}
