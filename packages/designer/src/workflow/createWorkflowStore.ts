import { parseWorkflowSchema, type Locale, type LocalizedText, type WorkflowSchema } from '@formwork/runtime';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { fillText } from '../i18n/fillText.js';
import { workflowMessages as m } from '../i18n/workflowMessages.js';
import type { CommandResult } from '../store/CommandResult.js';
import { addBranch } from './commands/addBranch.js';
import { addNodeValidation } from './commands/addNodeValidation.js';
import { insertNode, type InsertableNode } from './commands/insertNode.js';
import { moveBranch } from './commands/moveBranch.js';
import { removeBranch } from './commands/removeBranch.js';
import { removeNode } from './commands/removeNode.js';
import { setWorkflowSettings, type WorkflowSettingsPatch } from './commands/setWorkflowSettings.js';
import { updateBranch, type BranchPatch } from './commands/updateBranch.js';
import { updateNode, type NodePatch } from './commands/updateNode.js';
import type { WorkflowCommandContext, WorkflowEdit } from './WorkflowEdit.js';
import type { InsertionPoint } from './WorkflowTree.js';

interface WorkflowHistoryEntry {
  readonly workflow: WorkflowSchema;
  readonly selectedId: string | null;
}

export interface WorkflowState {
  readonly workflow: WorkflowSchema;
  /** The node whose panel is open. */
  readonly selectedId: string | null;
  readonly history: { readonly past: readonly WorkflowHistoryEntry[]; readonly future: readonly WorkflowHistoryEntry[] };
  /** Why the last command was refused; cleared by the next one that succeeds. */
  readonly lastError: LocalizedText | null;
  readonly locale: Locale;
  /** The document as last loaded or saved: unsaved changes while `workflow !== savedWorkflow`. */
  readonly savedWorkflow: WorkflowSchema;

  insertNode(at: InsertionPoint, type: InsertableNode): CommandResult;
  removeNode(nodeId: string): CommandResult;
  addBranch(gatewayId: string): CommandResult;
  removeBranch(edgeId: string): CommandResult;
  updateNode(nodeId: string, patch: NodePatch): CommandResult;
  updateBranch(edgeId: string, patch: BranchPatch): CommandResult;
  addNodeValidation(nodeId: string): CommandResult;
  /** One place earlier (-1) or later (1): the order of condition branches is their priority. */
  moveBranch(edgeId: string, step: -1 | 1): CommandResult;
  setWorkflowSettings(patch: WorkflowSettingsPatch): CommandResult;
  /** Not an undo step: selection is not part of the document. */
  selectNode(nodeId: string | null): void;
  undo(): CommandResult;
  redo(): CommandResult;
  /** A document from the server: history forgotten, marked saved. */
  load(workflow: WorkflowSchema): void;
  markSaved(workflow: WorkflowSchema): void;
  setLocale(locale: Locale): void;
}

export interface WorkflowStoreOptions {
  readonly createId: WorkflowCommandContext['createId'];
  readonly locale: Locale;
  readonly initial: WorkflowSchema;
  /** Undo steps kept. Default 200. */
  readonly historyLimit?: number;
}

export type WorkflowStore = StoreApi<WorkflowState>;

/**
 * The flow designer's state and named commands, no React in it (as `createDesignerStore` for
 * forms). An edit after which the server would refuse the draft (`parseWorkflowSchema`: an
 * approval without approvers, a branch to nowhere) is refused and changes nothing.
 *
 * @example
 * const store = createWorkflowStore({ createId: (p) => `${p}_${++n}`, locale: 'en', initial: starterWorkflow('f_1', 'Deals', 'en') });
 * store.getState().insertNode({ edgeIds: ['e_2'] }, 'cc');
 * store.getState().undo();
 */
export function createWorkflowStore(options: WorkflowStoreOptions): WorkflowStore {
  const historyLimit = options.historyLimit ?? 200;
  return createStore<WorkflowState>()((set, get) => {
    const context = (): WorkflowCommandContext => ({ workflow: get().workflow, locale: get().locale, createId: options.createId });
    const refuse = (reason: LocalizedText): CommandResult => {
      set({ lastError: reason });
      return { ok: false, reason };
    };
    const commit = (edit: WorkflowEdit): CommandResult => {
      if (!edit.ok) return refuse(edit.reason);
      const { workflow, selectedId, history } = get();
      const parsed = parseWorkflowSchema(edit.workflow);
      if (!parsed.ok) {
        const first = parsed.errors[0];
        return refuse(fillText(m.draftInvalid, { problem: first ? first.message[get().locale] : '' }));
      }
      set({
        workflow: edit.workflow,
        selectedId: edit.selectedId === undefined ? selectedId : edit.selectedId,
        lastError: null,
        history: { past: [...history.past, { workflow, selectedId }].slice(-historyLimit), future: [] },
      });
      return edit.id === undefined ? { ok: true } : { ok: true, id: edit.id };
    };
    const travel = (from: 'past' | 'future'): CommandResult => {
      const { workflow, selectedId, history } = get();
      const list = history[from];
      const target = list[list.length - 1];
      if (!target) return refuse(from === 'past' ? m.nothingToUndo : m.nothingToRedo);
      const here = { workflow, selectedId };
      const rest = list.slice(0, -1);
      const other = from === 'past' ? history.future : history.past;
      set({
        workflow: target.workflow,
        selectedId: target.selectedId,
        lastError: null,
        history: from === 'past' ? { past: rest, future: [...other, here] } : { past: [...other, here], future: rest },
      });
      return { ok: true };
    };
    return {
      workflow: options.initial,
      selectedId: null,
      history: { past: [], future: [] },
      lastError: null,
      locale: options.locale,
      savedWorkflow: options.initial,
      insertNode: (at, type) => commit(insertNode(context(), at, type)),
      removeNode: (nodeId) => commit(removeNode(context(), nodeId)),
      addBranch: (gatewayId) => commit(addBranch(context(), gatewayId)),
      removeBranch: (edgeId) => commit(removeBranch(context(), edgeId)),
      updateNode: (nodeId, patch) => commit(updateNode(context(), nodeId, patch)),
      updateBranch: (edgeId, patch) => commit(updateBranch(context(), edgeId, patch)),
      addNodeValidation: (nodeId) => commit(addNodeValidation(context(), nodeId)),
      moveBranch: (edgeId, step) => commit(moveBranch(context(), edgeId, step)),
      setWorkflowSettings: (patch) => commit(setWorkflowSettings(context(), patch)),
      selectNode: (nodeId) => set({ selectedId: nodeId }),
      undo: () => travel('past'),
      redo: () => travel('future'),
      load: (workflow) => set({ workflow, savedWorkflow: workflow, selectedId: null, history: { past: [], future: [] }, lastError: null }),
      markSaved: (workflow) => set({ savedWorkflow: workflow }),
      setLocale: (locale) => set({ locale }),
    };
  });
}
