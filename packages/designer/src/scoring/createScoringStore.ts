import type { Locale, LocalizedText, ScoringSchema } from '@formwork/runtime';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { scoringMessages as m } from '../i18n/scoringMessages.js';
import type { CommandResult } from '../store/CommandResult.js';
import { addItem } from './commands/addItem.js';
import { moveItem } from './commands/moveItem.js';
import { removeItem } from './commands/removeItem.js';
import { setSchemeSettings, type SchemeSettingsPatch } from './commands/setSchemeSettings.js';
import { updateItem, type ItemPatch } from './commands/updateItem.js';
import type { ScoringCommandContext, ScoringEdit } from './ScoringEdit.js';

interface ScoringHistoryEntry {
  readonly scheme: ScoringSchema;
  readonly selectedItemId: string | null;
}

export interface ScoringState {
  readonly scheme: ScoringSchema;
  /** The item whose panel is open. */
  readonly selectedItemId: string | null;
  readonly history: { readonly past: readonly ScoringHistoryEntry[]; readonly future: readonly ScoringHistoryEntry[] };
  /** Why the last command was refused; cleared by the next one that succeeds. */
  readonly lastError: LocalizedText | null;
  readonly locale: Locale;
  /** The scheme as last loaded or saved: unsaved changes while `scheme !== savedScheme`. */
  readonly savedScheme: ScoringSchema;

  addItem(): CommandResult;
  removeItem(itemId: string): CommandResult;
  moveItem(itemId: string, step: -1 | 1): CommandResult;
  updateItem(itemId: string, patch: ItemPatch): CommandResult;
  setSchemeSettings(patch: SchemeSettingsPatch): CommandResult;
  /** Not an undo step: selection is not part of the document. */
  selectItem(itemId: string | null): void;
  undo(): CommandResult;
  redo(): CommandResult;
  /** A scheme from the server: history forgotten, marked saved. */
  load(scheme: ScoringSchema): void;
  markSaved(scheme: ScoringSchema): void;
  setLocale(locale: Locale): void;
}

export interface ScoringStoreOptions {
  readonly createId: ScoringCommandContext['createId'];
  readonly locale: Locale;
  readonly initial: ScoringSchema;
  /** Undo steps kept. Default 200. */
  readonly historyLimit?: number;
}

export type ScoringStore = StoreApi<ScoringState>;

/**
 * The scoring designer's state and named commands, no React in it (as `createWorkflowStore` for
 * flows). Unlike a flow, a scheme may be half built between commands — an item whose form is not
 * picked yet — because a KPI item takes several choices before it means anything; `problemsByItem`
 * shows what the engine's checks still refuse, on the item concerned, and the server refuses to
 * save such a draft. A command refused (an unknown item, a move past the end) changes nothing.
 *
 * @example
 * const store = createScoringStore({ createId: () => `k_${++n}`, locale: 'en', initial: starterScoring('en') });
 * store.getState().addItem();
 * store.getState().updateItem('k_1', { weight: 40 });
 * store.getState().undo();
 */
export function createScoringStore(options: ScoringStoreOptions): ScoringStore {
  const historyLimit = options.historyLimit ?? 200;
  return createStore<ScoringState>()((set, get) => {
    const context = (): ScoringCommandContext => ({ scheme: get().scheme, locale: get().locale, createId: options.createId });
    const refuse = (reason: LocalizedText): CommandResult => {
      set({ lastError: reason });
      return { ok: false, reason };
    };
    const commit = (edit: ScoringEdit): CommandResult => {
      if (!edit.ok) return refuse(edit.reason);
      const { scheme, selectedItemId, history } = get();
      set({
        scheme: edit.scheme,
        selectedItemId: edit.selectedItemId === undefined ? selectedItemId : edit.selectedItemId,
        lastError: null,
        history: { past: [...history.past, { scheme, selectedItemId }].slice(-historyLimit), future: [] },
      });
      return edit.id === undefined ? { ok: true } : { ok: true, id: edit.id };
    };
    const travel = (from: 'past' | 'future'): CommandResult => {
      const { scheme, selectedItemId, history } = get();
      const list = history[from];
      const target = list[list.length - 1];
      if (!target) return refuse(from === 'past' ? m.nothingToUndo : m.nothingToRedo);
      const here = { scheme, selectedItemId };
      const rest = list.slice(0, -1);
      const other = from === 'past' ? history.future : history.past;
      set({
        scheme: target.scheme,
        selectedItemId: target.selectedItemId,
        lastError: null,
        history: from === 'past' ? { past: rest, future: [...other, here] } : { past: [...other, here], future: rest },
      });
      return { ok: true };
    };
    return {
      scheme: options.initial,
      selectedItemId: null,
      history: { past: [], future: [] },
      lastError: null,
      locale: options.locale,
      savedScheme: options.initial,
      addItem: () => commit(addItem(context())),
      removeItem: (itemId) => commit(removeItem(context(), itemId)),
      moveItem: (itemId, step) => commit(moveItem(context(), itemId, step)),
      updateItem: (itemId, patch) => commit(updateItem(context(), itemId, patch)),
      setSchemeSettings: (patch) => commit(setSchemeSettings(context(), patch)),
      selectItem: (itemId) => set({ selectedItemId: itemId }),
      undo: () => travel('past'),
      redo: () => travel('future'),
      load: (scheme) => set({ scheme, savedScheme: scheme, selectedItemId: null, history: { past: [], future: [] }, lastError: null }),
      markSaved: (scheme) => set({ savedScheme: scheme }),
      setLocale: (locale) => set({ locale }),
    };
  });
}
