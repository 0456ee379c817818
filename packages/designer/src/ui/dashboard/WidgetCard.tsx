import { useDraggable } from '@dnd-kit/core';
import type { Widget } from '@formwork/runtime';
import type { CSSProperties, KeyboardEvent } from 'react';
import { dashboardMessages as m, widgetTypeNames } from '../../i18n/dashboardMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { DashboardDrag } from './dragIds.js';

/** What a key on a focused widget asks for: a step of its place or size, or its removal. */
export type WidgetKeyAction = { readonly kind: 'move' | 'resize'; readonly dx: number; readonly dy: number } | { readonly kind: 'remove' };

const steps: Readonly<Record<string, { readonly dx: number; readonly dy: number }>> = {
  ArrowLeft: { dx: -1, dy: 0 },
  ArrowRight: { dx: 1, dy: 0 },
  ArrowUp: { dx: 0, dy: -1 },
  ArrowDown: { dx: 0, dy: 1 },
};

/** The action of a key on a focused widget: arrows move, Shift+arrows resize, Delete removes. */
export function widgetKeyAction(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): WidgetKeyAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  if (event.key === 'Delete' || event.key === 'Backspace') return { kind: 'remove' };
  const step = steps[event.key];
  return step ? { kind: event.shiftKey ? 'resize' : 'move', ...step } : undefined;
}

export interface WidgetCardProps {
  readonly widget: Widget;
  readonly selected: boolean;
  readonly helpId: string;
  readonly onSelect: () => void;
  readonly onKeyAction: (action: WidgetKeyAction) => void;
  readonly onRemove: () => void;
}

/**
 * A widget on the canvas at its grid place: one button (select; drag to move; arrow keys move,
 * Shift+arrows resize, Delete removes) naming its title, type, place and size, a resize corner
 * for the pointer, and a remove button.
 */
export function WidgetCard({ widget, selected, helpId, onSelect, onKeyAction, onRemove }: WidgetCardProps) {
  const { t } = useLocale();
  const { x, y, w, h } = widget.layout;
  const move = useDraggable({ id: `move:${widget.id}`, data: { kind: 'move', widgetId: widget.id } satisfies DashboardDrag });
  const resize = useDraggable({ id: `resize:${widget.id}`, data: { kind: 'resize', widgetId: widget.id } satisfies DashboardDrag });
  const shift = move.transform ? `translate(${move.transform.x}px, ${move.transform.y}px)` : undefined;
  const style = { gridColumn: `${x + 1} / span ${w}`, gridRow: `${y + 1} / span ${h}`, transform: shift } as CSSProperties;
  const type = t(widgetTypeNames[widget.type]);
  return (
    <div className="fw-dash-widget" style={style} data-selected={selected || undefined} data-dragging={move.isDragging || resize.isDragging || undefined}>
      <button
        type="button"
        ref={move.setNodeRef}
        {...move.listeners}
        className="fw-dash-widget__select"
        aria-pressed={selected}
        aria-describedby={helpId}
        data-widget-id={widget.id}
        onClick={onSelect}
        onKeyDown={(event) => {
          const action = widgetKeyAction(event);
          if (!action) return;
          event.preventDefault();
          onKeyAction(action);
        }}
      >
        <span className="fw-dash-widget__title">{widget.title}</span>
        <span className="fw-dash-widget__type">{type}</span>
        {/* The place is for screen readers; sighted users see it. */}
        <span className="fw-visually-hidden">{t(m.widgetPlace, { x: x + 1, y: y + 1, w, h })}</span>
      </button>
      <button type="button" className="fw-btn-small fw-dash-widget__remove" aria-label={t(m.removeWidget, { title: widget.title })} onClick={onRemove}>
        {t(m.remove)}
      </button>
      <span ref={resize.setNodeRef} {...resize.listeners} className="fw-dash-widget__resize" aria-hidden="true" title={t(m.resizeHandle, { title: widget.title })} />
    </div>
  );
}
