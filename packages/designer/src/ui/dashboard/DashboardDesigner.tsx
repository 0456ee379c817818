import { DndContext, DragOverlay, PointerSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import type { LocalizedText, Widget, WidgetType } from '@formwork/runtime';
import { useEffect, useRef, useState, type Ref } from 'react';
import { useStore } from 'zustand';
import type { DashboardSession } from '../../dashboard/createDashboardSession.js';
import type { DashboardStore } from '../../dashboard/createDashboardStore.js';
import type { CommandResult } from '../../store/CommandResult.js';
import { dashboardMessages as m, widgetTypeNames } from '../../i18n/dashboardMessages.js';
import { fillText } from '../../i18n/fillText.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { DocumentToolbar } from '../editor/DocumentToolbar.js';
import { gentleAutoScroll } from '../editor/EditorDndContext.js';
import { useUndoShortcuts } from '../editor/useUndoShortcuts.js';
import { DashboardCanvas } from './DashboardCanvas.js';
import { DashboardPreviewPane } from './DashboardPreviewPane.js';
import { DashboardSettingsPanel } from './DashboardSettingsPanel.js';
import { DashboardVersionsDialog } from './DashboardVersionsDialog.js';
import { asDashboardDrag, type DashboardDrag } from './dragIds.js';
import { cellAt, cellStep } from './gridGeometry.js';
import type { WidgetKeyAction } from './WidgetCard.js';
import { WidgetPanel } from './WidgetPanel.js';
import { useUnsavedDashboardWarning } from './useUnsavedDashboardWarning.js';
import { WidgetPalette } from './WidgetPalette.js';
import './dashboardDesigner.css';

// A module constant: dnd-kit compares sensor options by identity. A press without moving 5 px is a click.
const pointerOptions = { activationConstraint: { distance: 5 } };

/**
 * The dashboard editor: toolbar (undo, redo, save, publish), the palette, the 12-column grid, the
 * selected widget's settings (or the dashboard's), the live preview, and the published versions
 * (a dialog: view one read only, or restore it as the draft).
 * Drags and keys only call store commands; each outcome is announced in a live region.
 */
export function DashboardDesigner({ store, session, headingRef }: { readonly store: DashboardStore; readonly session: DashboardSession; readonly headingRef?: Ref<HTMLHeadingElement> }) {
  const { t, locale } = useLocale();
  const phase = useStore(session.state);
  const dashboard = useStore(store, (state) => state.dashboard);
  const selectedId = useStore(store, (state) => state.selectedId);
  const lastError = useStore(store, (state) => state.lastError);
  const canUndo = useStore(store, (state) => state.history.past.length > 0);
  const canRedo = useStore(store, (state) => state.history.future.length > 0);
  const dirty = useStore(store, (state) => state.dashboard !== state.savedDashboard);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<DashboardDrag | null>(null);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const grid = useRef<HTMLDivElement | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, pointerOptions));
  useUndoShortcuts(store);
  useUnsavedDashboardWarning(store);
  useEffect(() => store.getState().setLocale(locale), [locale, store]);
  useEffect(() => {
    if (session.state.getState().phase === 'loading') void session.load();
  }, [session]);

  if (phase.phase === 'loading') return <p>{t(m.loading)}</p>;
  if (phase.phase === 'failed') return <p role="alert">{t(phase.reason)}</p>;

  const widgetOf = (id: string): Widget | undefined => store.getState().dashboard.widgets.find((widget) => widget.id === id);
  /** Says what a command came to: `done` when it was carried out, the refusal otherwise. */
  const announce = (result: CommandResult, done: (widget: Widget) => LocalizedText, id: string | undefined): void => {
    if (!result.ok) {
      setAnnouncement(t(result.reason));
      return;
    }
    const widget = id === undefined ? undefined : widgetOf(id);
    if (widget) setAnnouncement(t(done(widget)));
  };
  const placeText = (template: LocalizedText) => (widget: Widget) => fillText(template, { title: widget.title, x: widget.layout.x + 1, y: widget.layout.y + 1, w: widget.layout.w, h: widget.layout.h });
  const add = (type: WidgetType, at?: { readonly x: number; readonly y: number }): void => {
    const result = store.getState().addWidget(type, at);
    announce(result, placeText(m.added), result.ok ? result.id : undefined);
  };
  const remove = (id: string): void => {
    const title = widgetOf(id)?.title ?? id;
    const result = store.getState().removeWidget(id);
    setAnnouncement(result.ok ? t(m.removed, { title }) : t(result.reason));
    if (result.ok) document.getElementById('fw-canvas')?.focus();
  };
  const onKeyAction = (id: string, action: WidgetKeyAction): void => {
    const widget = widgetOf(id);
    if (!widget) return;
    if (action.kind === 'remove') remove(id);
    else if (action.kind === 'move') announce(store.getState().moveWidget(id, { x: widget.layout.x + action.dx, y: widget.layout.y + action.dy }), placeText(m.movedTo), id);
    else announce(store.getState().resizeWidget(id, { w: widget.layout.w + action.dx, h: widget.layout.h + action.dy }), placeText(m.resizedTo), id);
  };
  const onDragStart = (event: DragStartEvent): void => setDragging(asDashboardDrag(event.active.data.current) ?? null);
  const onDragEnd = (event: DragEndEvent): void => {
    setDragging(null);
    const drag = asDashboardDrag(event.active.data.current);
    const box = grid.current?.getBoundingClientRect();
    if (!drag || !box) return;
    const step = cellStep(box.width);
    if (drag.kind === 'palette') {
      // The new widget's top left cell is the one under the pointer where it was let go (a
      // PointerEvent is a MouseEvent).
      const start = event.activatorEvent;
      if (event.over?.id !== 'dashboard-grid' || !(start instanceof MouseEvent)) return;
      add(drag.type, cellAt(box.width, start.clientX + event.delta.x - box.left, start.clientY + event.delta.y - box.top));
      return;
    }
    const dx = Math.round(event.delta.x / step.x);
    const dy = Math.round(event.delta.y / step.y);
    if (dx === 0 && dy === 0) return;
    onKeyAction(drag.widgetId, { kind: drag.kind, dx, dy });
  };

  const selected = dashboard.widgets.find((widget) => widget.id === selectedId);
  return (
    <section className="fw-dash-designer" aria-labelledby="fw-dash-heading">
      <h2 id="fw-dash-heading" ref={headingRef} tabIndex={-1}>
        {t(m.editorTitle, { title: dashboard.title })}
      </h2>
      <DocumentToolbar
        messages={{ ...m, save: m.saveDraft }}
        canUndo={canUndo}
        canRedo={canRedo}
        onUndo={() => store.getState().undo()}
        onRedo={() => store.getState().redo()}
        busy={phase.busy}
        onSave={() => void session.save()}
        onPublish={() => void session.publish()}
        dirty={dirty}
        notice={phase.notice?.kind === 'ok' ? phase.notice.text : null}
        shortcuts
      >
        <button type="button" onClick={() => setVersionsOpen(true)}>
          {t(m.versions)}
        </button>
      </DocumentToolbar>
      {phase.notice?.kind === 'error' ? <p role="alert">{t(phase.notice.text)}</p> : null}
      {lastError ? <p role="alert">{t(lastError)}</p> : null}
      {/* What the last drag or key did, for screen readers (the grid shows it). */}
      <p className="fw-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <DndContext sensors={sensors} autoScroll={gentleAutoScroll} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragging(null)}>
        <div className="fw-dash-layout">
          <WidgetPalette onAdd={(type) => add(type)} />
          <DashboardCanvas
            dashboard={dashboard}
            selectedId={selectedId}
            gridRef={grid}
            onSelect={(id) => store.getState().selectWidget(id)}
            onKeyAction={onKeyAction}
            onRemove={remove}
          />
          {selected ? <WidgetPanel key={selected.id} widget={selected} forms={phase.forms} store={store} /> : <DashboardSettingsPanel dashboard={dashboard} forms={phase.forms} store={store} />}
        </div>
        <DragOverlay dropAnimation={null}>{dragging?.kind === 'palette' ? <div className="fw-dash-palette__ghost">{t(widgetTypeNames[dragging.type])}</div> : null}</DragOverlay>
      </DndContext>
      <DashboardPreviewPane preview={phase.preview} busy={phase.busy} onRefresh={() => void session.preview()} />
      {versionsOpen ? (
        <DashboardVersionsDialog
          versions={phase.versions}
          forms={phase.forms}
          store={store}
          loadVersion={session.loadVersion}
          saveDraft={session.save}
          onClose={() => setVersionsOpen(false)}
        />
      ) : null}
    </section>
  );
}
