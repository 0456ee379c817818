import { parseDashboardSchema, type DashboardFilterKind, type DashboardSchema, type GroupBy, type Locale, type LocalizedText, type WidgetLayout, type WidgetType } from '@formwork/runtime';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { fillText } from '../i18n/fillText.js';
import { dashboardMessages as m } from '../i18n/dashboardMessages.js';
import type { CommandResult } from '../store/CommandResult.js';
import { addDashboardFilter } from './commands/addDashboardFilter.js';
import { addWidget } from './commands/addWidget.js';
import { changeWidgetType } from './commands/changeWidgetType.js';
import { moveWidget } from './commands/moveWidget.js';
import { placeWidget } from './commands/placeWidget.js';
import { removeDashboardFilter } from './commands/removeDashboardFilter.js';
import { removeWidget } from './commands/removeWidget.js';
import { resizeWidget } from './commands/resizeWidget.js';
import { restoreDashboardVersion } from './commands/restoreDashboardVersion.js';
import { setDashboardSettings, type DashboardSettingsPatch } from './commands/setDashboardSettings.js';
import { setPivotColumns } from './commands/setPivotColumns.js';
import { setTableColumns } from './commands/setTableColumns.js';
import { setWidgetLimit } from './commands/setWidgetLimit.js';
import { setWidgetSort, type WidgetSort } from './commands/setWidgetSort.js';
import { updateDashboardFilter, type DashboardFilterPatch } from './commands/updateDashboardFilter.js';
import { updateWidget, type WidgetPatch } from './commands/updateWidget.js';
import { updateWidgetQuery, type QueryPatch } from './commands/updateWidgetQuery.js';
import type { DashboardCommandContext, DashboardEdit, DashboardFormChoice } from './DashboardEdit.js';

interface DashboardHistoryEntry {
  readonly dashboard: DashboardSchema;
  readonly selectedId: string | null;
}

export interface DashboardState {
  readonly dashboard: DashboardSchema;
  /** The widget whose settings are open. */
  readonly selectedId: string | null;
  readonly history: { readonly past: readonly DashboardHistoryEntry[]; readonly future: readonly DashboardHistoryEntry[] };
  /** Why the last command was refused; cleared by the next one that succeeds. */
  readonly lastError: LocalizedText | null;
  readonly locale: Locale;
  /** The forms of the app widgets may read (a new widget reads the first). */
  readonly forms: readonly DashboardFormChoice[];
  /** The document as last loaded or saved: unsaved changes while `dashboard !== savedDashboard`. */
  readonly savedDashboard: DashboardSchema;

  /** A new widget at the drop's cell, or the first free place; selected. */
  addWidget(type: WidgetType, at?: { readonly x: number; readonly y: number }): CommandResult;
  removeWidget(id: string): CommandResult;
  moveWidget(id: string, to: { readonly x: number; readonly y: number }): CommandResult;
  resizeWidget(id: string, size: { readonly w: number; readonly h: number }): CommandResult;
  /** Moves and resizes in one undo step. */
  placeWidget(id: string, layout: WidgetLayout): CommandResult;
  updateWidget(id: string, patch: WidgetPatch): CommandResult;
  changeWidgetType(id: string, type: WidgetType): CommandResult;
  updateWidgetQuery(id: string, patch: QueryPatch): CommandResult;
  /** A pivot table's second grouping, spread across its columns; `null`: rows only. */
  setPivotColumns(id: string, columns: GroupBy | null): CommandResult;
  /** The fields a record table lists, in order; `null`: the form's first fields. */
  setTableColumns(id: string, columns: readonly string[] | null): CommandResult;
  /** By the value (a top N), a grouped field or a record table's field; `null`: the grouping's order. */
  setWidgetSort(id: string, sort: WidgetSort | null): CommandResult;
  /** The first N groups, people ranked or rows listed; `null`: the default. */
  setWidgetLimit(id: string, limit: number | null): CommandResult;
  setDashboardSettings(patch: DashboardSettingsPatch): CommandResult;
  /** A dashboard-wide filter viewers set (period, person, department, a field), bound to no widget yet. */
  addDashboardFilter(kind: DashboardFilterKind): CommandResult;
  updateDashboardFilter(filterId: string, patch: DashboardFilterPatch): CommandResult;
  removeDashboardFilter(filterId: string): CommandResult;
  /** A published version (as the server sent it) becomes the document: one undo step, saved by the usual save. */
  restoreVersion(version: number, document: unknown): CommandResult;
  /** Not an undo step: selection is not part of the document. */
  selectWidget(id: string | null): void;
  undo(): CommandResult;
  redo(): CommandResult;
  /** A document from the server: history forgotten, marked saved. */
  load(dashboard: DashboardSchema): void;
  markSaved(dashboard: DashboardSchema): void;
  setForms(forms: readonly DashboardFormChoice[]): void;
  setLocale(locale: Locale): void;
}

export interface DashboardStoreOptions {
  readonly createId: DashboardCommandContext['createId'];
  readonly locale: Locale;
  readonly initial: DashboardSchema;
  readonly forms?: readonly DashboardFormChoice[];
  /** Undo steps kept. Default 200. */
  readonly historyLimit?: number;
}

export type DashboardStore = StoreApi<DashboardState>;

/**
 * The dashboard designer's state and named commands, no React in it (as `createWorkflowStore`
 * for flows). Drag handlers and keys only call commands. An edit after which the server would
 * refuse the draft (`parseDashboardSchema`: an empty title, a gauge without a positive target)
 * is refused and changes nothing, as is a place off the grid or over another widget.
 *
 * @example
 * const store = createDashboardStore({ createId: (p) => `${p}_${++n}`, locale: 'en', initial: emptyDashboard('Sales'), forms: [{ id: 'frm_1', title: 'Deals' }] });
 * const { id } = store.getState().addWidget('bar');
 * store.getState().moveWidget(id!, { x: 6, y: 0 });
 * store.getState().undo();
 */
export function createDashboardStore(options: DashboardStoreOptions): DashboardStore {
  const historyLimit = options.historyLimit ?? 200;
  return createStore<DashboardState>()((set, get) => {
    const context = (): DashboardCommandContext => ({ dashboard: get().dashboard, locale: get().locale, createId: options.createId, forms: get().forms });
    const refuse = (reason: LocalizedText): CommandResult => {
      set({ lastError: reason });
      return { ok: false, reason };
    };
    const commit = (edit: DashboardEdit): CommandResult => {
      if (!edit.ok) return refuse(edit.reason);
      const { dashboard, selectedId, history } = get();
      if (edit.dashboard === dashboard) return edit.id === undefined ? { ok: true } : { ok: true, id: edit.id };
      const parsed = parseDashboardSchema(edit.dashboard);
      if (!parsed.ok) {
        const first = parsed.errors[0];
        return refuse(fillText(m.draftInvalid, { problem: first ? first.message[get().locale] : '' }));
      }
      set({
        dashboard: edit.dashboard,
        selectedId: edit.selectedId === undefined ? selectedId : edit.selectedId,
        lastError: null,
        history: { past: [...history.past, { dashboard, selectedId }].slice(-historyLimit), future: [] },
      });
      return edit.id === undefined ? { ok: true } : { ok: true, id: edit.id };
    };
    const travel = (from: 'past' | 'future'): CommandResult => {
      const { dashboard, selectedId, history } = get();
      const list = history[from];
      const target = list[list.length - 1];
      if (!target) return refuse(from === 'past' ? m.nothingToUndo : m.nothingToRedo);
      const here = { dashboard, selectedId };
      const rest = list.slice(0, -1);
      const other = from === 'past' ? history.future : history.past;
      set({
        dashboard: target.dashboard,
        selectedId: target.selectedId,
        lastError: null,
        history: from === 'past' ? { past: rest, future: [...other, here] } : { past: [...other, here], future: rest },
      });
      return { ok: true };
    };
    return {
      dashboard: options.initial,
      selectedId: null,
      history: { past: [], future: [] },
      lastError: null,
      locale: options.locale,
      forms: options.forms ?? [],
      savedDashboard: options.initial,
      addWidget: (type, at) => commit(addWidget(context(), type, at)),
      removeWidget: (id) => commit(removeWidget(context(), id)),
      moveWidget: (id, to) => commit(moveWidget(context(), id, to)),
      resizeWidget: (id, size) => commit(resizeWidget(context(), id, size)),
      placeWidget: (id, layout) => commit(placeWidget(context(), id, layout)),
      updateWidget: (id, patch) => commit(updateWidget(context(), id, patch)),
      changeWidgetType: (id, type) => commit(changeWidgetType(context(), id, type)),
      updateWidgetQuery: (id, patch) => commit(updateWidgetQuery(context(), id, patch)),
      setPivotColumns: (id, columns) => commit(setPivotColumns(context(), id, columns)),
      setTableColumns: (id, columns) => commit(setTableColumns(context(), id, columns)),
      setWidgetSort: (id, sort) => commit(setWidgetSort(context(), id, sort)),
      setWidgetLimit: (id, limit) => commit(setWidgetLimit(context(), id, limit)),
      setDashboardSettings: (patch) => commit(setDashboardSettings(context(), patch)),
      addDashboardFilter: (kind) => commit(addDashboardFilter(context(), kind)),
      updateDashboardFilter: (filterId, patch) => commit(updateDashboardFilter(context(), filterId, patch)),
      removeDashboardFilter: (filterId) => commit(removeDashboardFilter(context(), filterId)),
      restoreVersion: (version, document) => commit(restoreDashboardVersion(context(), version, document)),
      selectWidget: (id) => set({ selectedId: id }),
      undo: () => travel('past'),
      redo: () => travel('future'),
      load: (dashboard) => set({ dashboard, savedDashboard: dashboard, selectedId: null, history: { past: [], future: [] }, lastError: null }),
      markSaved: (dashboard) => set({ savedDashboard: dashboard }),
      setForms: (forms) => set({ forms }),
      setLocale: (locale) => set({ locale }),
    };
  });
}
