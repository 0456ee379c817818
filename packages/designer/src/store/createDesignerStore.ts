import type { FormSchema, Locale } from '@formwork/runtime';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { storeMessages } from '../i18n/storeMessages.js';
import type { CommandResult } from './CommandResult.js';
import { addField } from './commands/addField.js';
import { addValidation } from './commands/addValidation.js';
import { duplicateField } from './commands/duplicateField.js';
import { moveField } from './commands/moveField.js';
import { removeField } from './commands/removeField.js';
import { removeValidation } from './commands/removeValidation.js';
import { replaceSchema } from './commands/replaceSchema.js';
import { restoreVersion } from './commands/restoreVersion.js';
import { setDefaultValue } from './commands/setDefaultValue.js';
import { setFormMeta } from './commands/setFormMeta.js';
import { setFormula } from './commands/setFormula.js';
import { setVisibility } from './commands/setVisibility.js';
import { updateField } from './commands/updateField.js';
import { updateValidation } from './commands/updateValidation.js';
import type { DesignerState, HistoryEntry } from './DesignerState.js';
import { fillText } from '../i18n/fillText.js';
import { ruleFaultIntroduced } from './ruleFaultIntroduced.js';
import type { CommandContext, SchemaEdit } from './SchemaEdit.js';
import { locateField } from './tree/locateField.js';

export interface DesignerStoreOptions {
  /** Makes ids for new fields and rules; tests pass a counter so that results are exact. */
  readonly createId: CommandContext['createId'];
  readonly locale: Locale;
  /** The document to start from; its history is empty. */
  readonly initial: FormSchema;
  /** Undo steps kept; older ones are forgotten. Default 200. */
  readonly historyLimit?: number;
}

export type DesignerStore = StoreApi<DesignerState>;

/**
 * The form designer's state and its named commands, with no React in it: the UI and the tests
 * drive the same commands.
 *
 * @example
 * let n = 0;
 * const store = createDesignerStore({ createId: () => `f_${++n}`, locale: 'en', initial: emptyForm });
 * store.getState().addField('number'); // { ok: true, id: 'f_1' }
 * store.getState().undo();
 */
export function createDesignerStore(options: DesignerStoreOptions): DesignerStore {
  const historyLimit = options.historyLimit ?? 200;
  return createStore<DesignerState>()((set, get) => {
    const context = (): CommandContext => {
      const { schema, selectedId, locale } = get();
      return { schema, selectedId, locale, createId: options.createId };
    };
    const refuse = (reason: NonNullable<DesignerState['lastError']>): CommandResult => {
      set({ lastError: reason });
      return { ok: false, reason };
    };
    /** Checks an edit's rules and records it as one undo step. */
    const commit = (edit: SchemaEdit): CommandResult => {
      if (!edit.ok) return refuse(edit.reason);
      const { schema, selectedId, history } = get();
      const fault = ruleFaultIntroduced(schema, edit.schema);
      if (fault) return refuse(fault);
      const changed = edit.schema !== schema;
      set({
        schema: edit.schema,
        selectedId: edit.selectedId,
        lastError: null,
        ...(changed ? { history: { past: [...history.past, { schema, selectedId }].slice(-historyLimit), future: [] } } : {}),
      });
      return edit.id === undefined ? { ok: true } : { ok: true, id: edit.id };
    };
    const travel = (from: 'past' | 'future'): CommandResult => {
      const { schema, selectedId, history } = get();
      const list = history[from];
      const target = list[list.length - 1];
      if (!target) return refuse(from === 'past' ? storeMessages.nothingToUndo : storeMessages.nothingToRedo);
      const here: HistoryEntry = { schema, selectedId };
      const rest = list.slice(0, -1);
      const other = from === 'past' ? history.future : history.past;
      set({
        schema: target.schema,
        selectedId: target.selectedId,
        lastError: null,
        history: from === 'past' ? { past: rest, future: [...other, here] } : { past: [...other, here], future: rest },
      });
      return { ok: true };
    };

    return {
      schema: options.initial,
      selectedId: null,
      history: { past: [], future: [] },
      lastError: null,
      locale: options.locale,
      savedSchema: options.initial,

      addField: (type, target) => commit(addField(context(), type, target)),
      moveField: (id, target) => commit(moveField(context(), id, target)),
      updateField: (id, patch) => commit(updateField(context(), id, patch)),
      duplicateField: (id) => commit(duplicateField(context(), id)),
      removeField: (id) => commit(removeField(context(), id)),
      selectField: (id) => {
        if (id !== null && !locateField(get().schema.fields, id)) return refuse(fillText(storeMessages.fieldNotFound, { id }));
        set({ selectedId: id, lastError: null });
        return { ok: true };
      },
      setFormMeta: (patch) => commit(setFormMeta(context(), patch)),
      setVisibility: (id, rule) => commit(setVisibility(context(), id, rule)),
      setFormula: (id, rule) => commit(setFormula(context(), id, rule)),
      setDefaultValue: (id, value) => commit(setDefaultValue(context(), id, value)),
      addValidation: (rule) => commit(addValidation(context(), rule)),
      updateValidation: (id, patch) => commit(updateValidation(context(), id, patch)),
      removeValidation: (id) => commit(removeValidation(context(), id)),
      replaceSchema: (schema) => commit(replaceSchema(context(), schema)),
      restoreVersion: (version, schema) => commit(restoreVersion(context(), version, schema)),
      undo: () => travel('past'),
      redo: () => travel('future'),
      load: (schema, loadOptions) =>
        set({
          schema,
          savedSchema: loadOptions?.savedSchema ?? schema,
          selectedId: null,
          history: { past: [], future: [] },
          lastError: null,
        }),
      markSaved: (schema) => set({ savedSchema: schema ?? get().schema }),
      setLocale: (locale) => set({ locale }),
      clearError: () => set({ lastError: null }),
    };
  });
}
