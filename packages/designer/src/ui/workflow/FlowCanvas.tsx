import type { FormSchema, WorkflowNode, WorkflowSchema } from '@formwork/runtime';
import { useId } from 'react';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { InsertableNode } from '../../workflow/commands/insertNode.js';
import { exitEdgesOf } from '../../workflow/exitEdgesOf.js';
import type { NodeProblem } from '../../workflow/problemsByNode.js';
import type { FlowBlockItem, FlowItem, InsertionPoint } from '../../workflow/WorkflowTree.js';
import { useOrgDirectory } from '../editor/OrgDirectoryContext.js';
import { AddNodeMenu } from './AddNodeMenu.js';
import { assigneeNames } from './assigneeNames.js';
import { nodeTypeLabel } from './nodeTypeLabel.js';

export interface FlowCanvasProps {
  readonly workflow: WorkflowSchema;
  /** The form the flow runs on: its fields name people too. */
  readonly form: FormSchema;
  readonly tree: readonly FlowItem[];
  readonly problems: readonly NodeProblem[];
  readonly selectedId: string | null;
  readonly selectedBranchId: string | null;
  readonly onInsert: (at: InsertionPoint, type: InsertableNode) => void;
  readonly onSelectNode: (nodeId: string) => void;
  readonly onSelectBranch: (edgeId: string) => void;
}

/**
 * The flow as Jiandaoyun draws it: a vertical chain of node buttons with a "+" after each, and the
 * branches of a condition or parallel block side by side (stacked on a narrow screen). An
 * approval or copy node says who it names (roles by their names); a node's publish problems are
 * written under it, not only coloured.
 */
export function FlowCanvas(props: FlowCanvasProps) {
  const { t } = useLocale();
  return (
    // Focusable from script only: focus lands here when the node that had it is removed.
    <section className="fw-flow-canvas" aria-label={t(m.canvas)} tabIndex={-1}>
      <Chain {...props} items={props.tree} />
    </section>
  );
}

function Chain(props: FlowCanvasProps & { readonly items: readonly FlowItem[] }) {
  const { t } = useLocale();
  return (
    <ol className="fw-flow-chain">
      {props.items.map((item) => {
        const named = item.kind === 'node' ? item.node : item.gateway;
        const isEnd = item.kind === 'node' && item.node.type === 'end';
        return (
          <li key={named.id} className="fw-flow-step">
            {item.kind === 'node' ? <NodeCard {...props} node={item.node} /> : <Block {...props} block={item} />}
            {isEnd ? null : (
              <AddNodeMenu label={t(m.addAfter, { name: named.name })} onAdd={(type) => props.onInsert(exitEdgesOf(props.workflow, item), type)} />
            )}
          </li>
        );
      })}
    </ol>
  );
}

function NodeCard(props: FlowCanvasProps & { readonly node: WorkflowNode }) {
  const { t } = useLocale();
  const directory = useOrgDirectory();
  const { node } = props;
  const problemsId = useId();
  const peopleId = useId();
  const problems = props.problems.filter((problem) => problem.nodeId === node.id);
  const people = node.type === 'approval' ? { who: t(m.approvers), names: assigneeNames(node.assignees, props.form, directory, t) } : node.type === 'cc' ? { who: t(m.recipients), names: assigneeNames(node.recipients, props.form, directory, t) } : null;
  const describedBy = [people ? peopleId : null, problems.length > 0 ? problemsId : null].filter((id) => id !== null).join(' ');
  return (
    <div className={`fw-flow-node fw-flow-node-${node.type}${problems.length > 0 ? ' fw-flow-node-faulty' : ''}`}>
      <button
        type="button"
        className="fw-flow-node-button"
        data-node-id={node.id}
        aria-label={t(m.nodeButton, { type: t(nodeTypeLabel[node.type]), name: node.name })}
        aria-pressed={props.selectedId === node.id}
        aria-describedby={describedBy || undefined}
        onClick={() => props.onSelectNode(node.id)}
      >
        <span className="fw-flow-node-type">{t(nodeTypeLabel[node.type])}</span>
        <span className="fw-flow-node-name">{node.name}</span>
        {people ? (
          <span id={peopleId} className="fw-flow-node-people">
            {t(m.nodePeople, { who: people.who, names: people.names.length > 0 ? people.names.join(t(m.nameSeparator)) : t(m.nobodySet) })}
          </span>
        ) : null}
      </button>
      {problems.length > 0 ? (
        <div id={problemsId} className="fw-flow-problems">
          <span>{t(m.problems)}</span>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.pointer}:${problem.code}`}>⚠ {problem.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function Block(props: FlowCanvasProps & { readonly block: FlowBlockItem }) {
  const { t } = useLocale();
  const { block } = props;
  return (
    <div className="fw-flow-block">
      <NodeCard {...props} node={block.gateway} />
      <ul className="fw-flow-branches" aria-label={t(m.branches, { name: block.gateway.name })}>
        {block.branches.map((branch, index) => {
          const name = branch.edge.name ?? String(index + 1);
          const isCondition = block.gateway.type === 'condition';
          return (
            <li key={branch.edge.id} className="fw-flow-branch">
              {isCondition ? (
                <button
                  type="button"
                  className="fw-flow-branch-button"
                  data-node-id={branch.edge.id}
                  aria-label={t(m.branchButton, { name })}
                  aria-pressed={props.selectedBranchId === branch.edge.id}
                  onClick={() => props.onSelectBranch(branch.edge.id)}
                >
                  <span className="fw-flow-node-name">{t(m.branchButton, { name })}</span>
                  <span className="fw-flow-node-type">
                    {branch.edge.default === true ? t(m.defaultBranch) : branch.edge.condition === undefined ? t(m.noCondition) : t(m.withCondition)}
                  </span>
                </button>
              ) : null}
              <AddNodeMenu
                label={t(m.addAtBranch, { name })}
                onAdd={(type) => props.onInsert({ edgeIds: [branch.edge.id] }, type)}
              />
              <Chain {...props} items={branch.items} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
