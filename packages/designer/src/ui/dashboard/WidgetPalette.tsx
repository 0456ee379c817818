import { useDraggable } from '@dnd-kit/core';
import type { WidgetType } from '@formwork/runtime';
import { dashboardMessages as m, widgetTypeNames } from '../../i18n/dashboardMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { DashboardDrag } from './dragIds.js';

/** The widget types in palette order: single numbers first, then charts, then tables. */
export const paletteTypes: readonly WidgetType[] = ['kpi', 'gauge', 'bar', 'line', 'pie', 'funnel', 'leaderboard', 'pivot', 'table'];

/** The widget types to drag onto the grid; pressing one adds it at the grid's first free place. */
export function WidgetPalette({ onAdd }: { readonly onAdd: (type: WidgetType) => void }) {
  const { t } = useLocale();
  return (
    <section className="fw-dash-palette" aria-labelledby="fw-dash-palette-title">
      <h3 id="fw-dash-palette-title">{t(m.palette)}</h3>
      <p className="fw-muted">{t(m.paletteHint)}</p>
      <ul>
        {paletteTypes.map((type) => (
          <li key={type}>
            <PaletteEntry type={type} onAdd={onAdd} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function PaletteEntry({ type, onAdd }: { readonly type: WidgetType; readonly onAdd: (type: WidgetType) => void }) {
  const { t } = useLocale();
  const data: DashboardDrag = { kind: 'palette', type };
  // Only the pointer drags (the keyboard presses the button instead), so dnd-kit's keyboard
  // attributes are left off: the button stays a plain button to assistive technology.
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: `palette:${type}`, data });
  return (
    <button type="button" ref={setNodeRef} {...listeners} className="fw-dash-palette__item" data-dragging={isDragging || undefined} onClick={() => onAdd(type)}>
      {t(m.addWidget, { type: t(widgetTypeNames[type]) })}
    </button>
  );
}
