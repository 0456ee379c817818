import type { CSSProperties } from 'react';
import type { DashboardSchema, DrillDown, Locale, WidgetData } from '../../engine/index.js';
import './charts.css';
import { WidgetView } from './WidgetView.js';

export interface DashboardViewProps {
  readonly dashboard: DashboardSchema;
  /** Each widget's data by widget id, as `POST /api/dashboards/:id/data` answers it. */
  readonly data: Readonly<Record<string, WidgetData>>;
  readonly locale: Locale;
  readonly onDrillDown?: ((drill: DrillDown) => void) | undefined;
}

/**
 * The widgets of a dashboard on its 12-column grid, placed where the designer put them; under
 * 600 px they stack in one column in reading order (top to bottom, then left to right), which
 * is also the order a keyboard and a screen reader meet them at any width.
 */
export function DashboardView({ dashboard, data, locale, onDrillDown }: DashboardViewProps) {
  const widgets = [...dashboard.widgets].sort((a, b) => a.layout.y - b.layout.y || a.layout.x - b.layout.x);
  return (
    <div className="fw-dashboard" lang={locale}>
      <h2 className="fw-dashboard__title">{dashboard.title}</h2>
      {dashboard.description !== undefined && <p className="fw-dashboard__description">{dashboard.description}</p>}
      <div className="fw-dashboard__grid">
        {widgets.map((widget) => (
          <div
            key={widget.id}
            className={`fw-dashboard__cell fw-dashboard__cell--${widget.type}`}
            style={
              {
                '--fw-x': widget.layout.x + 1,
                '--fw-y': widget.layout.y + 1,
                '--fw-w': widget.layout.w,
                '--fw-h': widget.layout.h,
              } as CSSProperties
            }
          >
            <WidgetView widget={widget} data={Object.hasOwn(data, widget.id) ? data[widget.id] : undefined} locale={locale} onDrillDown={onDrillDown} />
          </div>
        ))}
      </div>
    </div>
  );
}
