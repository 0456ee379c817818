import { checkWorkflowPublish, type FormSchema } from '@formwork/runtime';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import type { WorkflowFault } from '../../api/WorkflowApi.js';
import { DocumentToolbar } from '../editor/DocumentToolbar.js';
import { PublishedVersions } from '../editor/PublishedVersions.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { buildWorkflowTree } from '../../workflow/buildWorkflowTree.js';
import type { WorkflowSession } from '../../workflow/createWorkflowSession.js';
import type { WorkflowStore } from '../../workflow/createWorkflowStore.js';
import { problemsByNode } from '../../workflow/problemsByNode.js';
import { useUndoShortcuts } from '../editor/useUndoShortcuts.js';
import { BranchPanel } from './BranchPanel.js';
import { FlowCanvas } from './FlowCanvas.js';
import { FlowSettingsPanel } from './FlowSettingsPanel.js';
import { NodePanel } from './NodePanel.js';
import { nodeTypeLabel } from './nodeTypeLabel.js';

const noFaults: readonly WorkflowFault[] = [];

export interface WorkflowDesignerProps {
  readonly store: WorkflowStore;
  readonly session: WorkflowSession;
  /** The form the workflow carries (its fields fill the permission table, conditions and checks). */
  readonly form: FormSchema;
}

/**
 * The "Workflow" tab of a form: toolbar (undo, redo, save, publish), the flow as a chain with
 * branches, the selected node's or branch's settings, the publish problems on their nodes, and
 * the published versions.
 */
export function WorkflowDesigner({ store, session, form }: WorkflowDesignerProps) {
  const { t, locale } = useLocale();
  const phase = useStore(session.state);
  const workflow = useStore(store, (state) => state.workflow);
  const selectedId = useStore(store, (state) => state.selectedId);
  const lastError = useStore(store, (state) => state.lastError);
  const canUndo = useStore(store, (state) => state.history.past.length > 0);
  const canRedo = useStore(store, (state) => state.history.future.length > 0);
  const dirty = useStore(store, (state) => state.workflow !== state.savedWorkflow);
  const [branchId, setBranchId] = useState<string | null>(null);
  // Where keyboard focus goes after the next render: a node's (or branch's) button, or the canvas.
  const [focusTarget, setFocusTarget] = useState<{ readonly id: string | null } | null>(null);
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focusTarget || !root.current) return;
    const button = [...root.current.querySelectorAll<HTMLElement>('[data-node-id]')].find((element) => element.dataset['nodeId'] === focusTarget.id);
    (button ?? root.current.querySelector<HTMLElement>('.fw-flow-canvas'))?.focus();
    setFocusTarget(null);
  }, [focusTarget]);
  useUndoShortcuts(store);
  useEffect(() => store.getState().setLocale(locale), [locale, store]);
  useEffect(() => {
    if (session.state.getState().phase === 'loading') void session.load();
  }, [session]);

  const tree = useMemo(() => buildWorkflowTree(workflow), [workflow]);
  const local = useMemo(() => checkWorkflowPublish(workflow, form), [workflow, form]);
  // The server's pointers are indices into the document it refused: once edited, only the
  // engine's own check (recomputed on every edit) is shown.
  const serverFaults = phase.phase === 'ready' && phase.faultsFor === workflow ? phase.faults : noFaults;
  const problems = useMemo(() => {
    // The engine's own check says the same as the server, in this language; the server's list only
    // adds what the designer cannot know (the form's published fields).
    const extra = serverFaults.filter((fault) => !local.some((issue) => issue.pointer === fault.pointer && issue.code === fault.code));
    const all = [...local.map((issue) => ({ pointer: issue.pointer, code: issue.code, text: issue.message[locale] })), ...extra.map((fault) => ({ pointer: fault.pointer, code: fault.code, text: fault.message }))];
    return problemsByNode(workflow, all, (index) => all[index]?.text ?? '');
  }, [local, serverFaults, workflow, locale]);

  if (phase.phase === 'loading') return <p>{t(m.loading)}</p>;
  if (phase.phase === 'failed') return <p role="alert">{t(phase.reason)}</p>;

  const selected = workflow.nodes.find((node) => node.id === selectedId);
  const branch = branchId === null ? undefined : workflow.edges.find((edge) => edge.id === branchId);
  const selectNode = (id: string): void => {
    setBranchId(null);
    store.getState().selectNode(id);
  };
  const nodeName = (id: string | null): string => workflow.nodes.find((node) => node.id === id)?.name ?? t(m.wholeFlow);

  return (
    <section className="fw-flow-designer" ref={root}>
      <DocumentToolbar
        messages={m}
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
      />
      {lastError ? <p role="alert">{t(lastError)}</p> : null}
      {phase.notice?.kind === 'error' && (phase.faults.length === 0 || serverFaults.length > 0) ? (
        <div role="alert" className="fw-flow-faults">
          <p>{t(phase.notice.text)}</p>
          {problems.length > 0 && serverFaults.length > 0 ? (
            <ul>
              {problems.map((problem) => (
                <li key={`${problem.pointer}:${problem.code}`}>
                  {problem.nodeId === null ? (
                    t(m.faultAt, { node: nodeName(null), message: problem.message })
                  ) : (
                    <button type="button" className="fw-btn-text" onClick={() => selectNode(problem.nodeId ?? '')}>
                      {t(m.faultAt, { node: nodeName(problem.nodeId), message: problem.message })}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="fw-flow-layout">
        {tree ? (
          <FlowCanvas
            workflow={workflow}
            form={form}
            tree={tree}
            problems={problems}
            selectedId={selectedId}
            selectedBranchId={branchId}
            onInsert={(at, type) => {
              const result = store.getState().insertNode(at, type);
              if (result.ok && result.id !== undefined) setFocusTarget({ id: result.id });
            }}
            onSelectNode={selectNode}
            onSelectBranch={(id) => {
              store.getState().selectNode(null);
              setBranchId(id);
            }}
          />
        ) : (
          <section className="fw-flow-canvas" aria-label={t(m.canvas)}>
            <p>{t(m.readOnly)}</p>
            <ul>
              {workflow.nodes.map((node) => (
                <li key={node.id}>{t(m.nodeButton, { type: t(nodeTypeLabel[node.type]), name: node.name })}</li>
              ))}
            </ul>
          </section>
        )}
        {tree && selected ? (
          <NodePanel
            key={selected.id}
            node={selected}
            form={form}
            onUpdate={(patch) => store.getState().updateNode(selected.id, patch)}
            onAddBranch={() => store.getState().addBranch(selected.id)}
            onAddValidation={() => store.getState().addNodeValidation(selected.id)}
            onRemove={() => {
              if (store.getState().removeNode(selected.id).ok) setFocusTarget({ id: null });
            }}
            onClose={() => {
              store.getState().selectNode(null);
              setFocusTarget({ id: selected.id });
            }}
          />
        ) : null}
        {tree && !selected && !branch ? <FlowSettingsPanel workflow={workflow} form={form} onChange={(patch) => store.getState().setWorkflowSettings(patch)} /> : null}
        {tree && branch ? (
          <BranchPanel
            key={branch.id}
            edge={branch}
            form={form}
            onUpdate={(patch) => store.getState().updateBranch(branch.id, patch)}
            onMove={(step) => store.getState().moveBranch(branch.id, step)}
            onRemove={() => {
              if (!store.getState().removeBranch(branch.id).ok) return;
              setBranchId(null);
              setFocusTarget({ id: null });
            }}
            onClose={() => {
              setBranchId(null);
              setFocusTarget({ id: branch.id });
            }}
          />
        ) : null}
      </div>
      <PublishedVersions messages={m} versions={phase.versions} className="fw-flow-versions" />
    </section>
  );
}
