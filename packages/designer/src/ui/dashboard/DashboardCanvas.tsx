import { useDroppable } from '@dnd-kit/core';
import type { DashboardSchema } from '@formwork/runtime';
import { useId, type CSSProperties, type Ref } from 'react';
import { dashboardMessages as m } from '../../i18n/dashboardMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { GRID_GAP, ROW_HEIGHT } from './gridGeometry.js';
import { WidgetCard, type WidgetKeyAction } from './WidgetCard.js';

export interface DashboardCanvasProps {
  readonly dashboard: DashboardSchema;
  readonly selectedId: string | null;
  /** The grid element, measured to turn drag distances into cells. */
  readonly gridRef: Ref<HTMLDivElement>;
  readonly onSelect: (id: string) => void;
  readonly onKeyAction: (id: string, action: WidgetKeyAction) => void;
  readonly onRemove: (id: string) => void;
}

/** Empty rows kept below the lowest widget, so there is always somewhere to drop. */
const SPARE_ROWS = 3;

/** The 12-column grid with the widgets at their places: a drop target for the palette. */
export function DashboardCanvas({ dashboard, selectedId, gridRef, onSelect, onKeyAction, onRemove }: DashboardCanvasProps) {
  const { t } = useLocale();
  const helpId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: 'dashboard-grid' });
  const rows = Math.max(6, ...dashboard.widgets.map((widget) => widget.layout.y + widget.layout.h + SPARE_ROWS));
  const style = { gridTemplateRows: `repeat(${rows}, ${ROW_HEIGHT}px)`, gap: `${GRID_GAP}px` } as CSSProperties;
  return (
    <section className="fw-dash-canvas" aria-label={t(m.grid)} id="fw-canvas" tabIndex={-1}>
      <p id={helpId} className="fw-muted fw-dash-canvas__help">
        {t(m.keyboardHelp)}
      </p>
      <div
        ref={(element) => {
          setNodeRef(element);
          if (typeof gridRef === 'function') gridRef(element);
          else if (gridRef) gridRef.current = element;
        }}
        className="fw-dash-grid"
        data-over={isOver || undefined}
        style={style}
      >
        {dashboard.widgets.length === 0 ? <p className="fw-dash-grid__empty fw-muted">{t(m.emptyGrid)}</p> : null}
        {dashboard.widgets.map((widget) => (
          <WidgetCard
            key={widget.id}
            widget={widget}
            selected={widget.id === selectedId}
            helpId={helpId}
            onSelect={() => onSelect(widget.id)}
            onKeyAction={(action) => onKeyAction(widget.id, action)}
            onRemove={() => onRemove(widget.id)}
          />
        ))}
      </div>
    </section>
  );
}
