import { formatScoreNumber, ruleTextIn } from '../../engine/index.js';
import type { PersonProgressView } from '../api/PerformanceViews.js';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';
import type { DecomposeSeed } from './DecomposeForm.js';
import { findTargetsForm } from './findTargetsForm.js';
import { usePerformanceText } from './performanceMessages.js';
import { buildTargetTree, nodeProgress, storedNodeProgress, targetsOf, type TargetTreeNode } from './targetTree.js';
import { readTargetActuals } from './readTargetActuals.js';
import { ProgressBar } from './ProgressBar.js';

/**
 * The metric's stored targets as their decompositions made them (records of the targets form,
 * each naming its parent), with a progress bar on every target the server has an actual for (a
 * quarter or month of a time split too; else on a person's target of the page's period) and the
 * difference wherever the children do not add up to their parent. With `onSplit` (for those who
 * may decompose), each company or department target offers to be split further.
 */
export function StoredTargetTree({
  appId,
  metric,
  period,
  today,
  progress,
  onSplit,
}: {
  readonly appId: string;
  readonly metric: string;
  readonly period: string;
  readonly today: string | null;
  readonly progress: readonly PersonProgressView[];
  readonly onSplit?: (seed: DecomposeSeed) => void;
}) {
  const { api } = useAppSession();
  const { pt } = usePerformanceText();
  const tree = useAsync(async () => {
    const formId = await findTargetsForm(api, appId);
    if (formId === null) return [];
    const page = await api.records(formId, { filter: { field: 'tgt_metric', op: 'eq', value: metric }, limit: 500 });
    return buildTargetTree(targetsOf(page.items, page.names, pt('company')));
  }, `${appId}/${metric}`);
  // Every node's own actual, time splits included; without it (an older server) the bars come from the page's progress.
  const stored = useAsync(() => readTargetActuals(api, appId, metric), `${appId}/${metric}`);
  const byId = stored.status === 'ready' ? stored.value.actuals : {};
  const actuals = new Map(progress.map((person) => [person.personId, person.actual]));
  return (
    <section className="app-performance__section" aria-labelledby="target-tree">
      <h2 id="target-tree">{pt('treeHeading')}</h2>
      {tree.status === 'loading' && <p aria-busy="true">…</p>}
      {tree.status === 'error' && <LoadFailure error={tree.error} onRetry={tree.reload} />}
      {tree.status === 'ready' && tree.value.length === 0 && <p className="app-muted">{pt('noTargets')}</p>}
      {tree.status === 'ready' && tree.value.length > 0 && (
        <ul className="app-targets__tree">
          {tree.value.map((node) => (
            <TreeNode key={node.target.id} node={node} actuals={actuals} byId={byId} period={period} today={today} onSplit={onSplit} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TreeNode({
  node,
  actuals,
  byId,
  period,
  today,
  onSplit,
}: {
  readonly node: TargetTreeNode;
  readonly actuals: ReadonlyMap<string, number>;
  readonly byId: Readonly<Record<string, number | null>>;
  readonly period: string;
  readonly today: string | null;
  readonly onSplit: ((seed: DecomposeSeed) => void) | undefined;
}) {
  const { pt, locale } = usePerformanceText();
  const { target } = node;
  const figure = (value: number) => formatScoreNumber(value, locale, 2);
  const progress = today === null ? undefined : (storedNodeProgress(node, today, byId) ?? nodeProgress(node, period, today, actuals));
  return (
    <li className="app-targets__node">
      <span>
        <strong>{target.name}</strong> · {target.period} · {figure(target.amount)}
      </span>
      {target.rule !== '' && <span className="app-muted app-performance__explanation"> — {pt('ruleOf', { rule: ruleTextIn(target.rule, locale) })}</span>}
      {node.difference !== null && node.childrenSum !== null && (
        <p className="app-error">{pt('childrenDiffer', { sum: figure(node.childrenSum), difference: figure(node.difference) })}</p>
      )}
      {onSplit && target.level !== 'person' && (
        <button type="button" className="fw-button app-targets__split" onClick={() => onSplit({ period: target.period, department: target.departmentId ?? '', amount: target.amount })}>
          {pt('splitFurther', { name: target.name, period: target.period })}
        </button>
      )}
      {/* A team's bars are one per period of its split: the period tells them apart. */}
      {progress && <ProgressBar person={{ name: target.level === 'person' ? target.name : `${target.name} ${target.period}`, target: target.amount, actual: progress.actual, due: progress.due, share: progress.due > 0 ? progress.actual / progress.due : null }} />}
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <TreeNode key={child.target.id} node={child} actuals={actuals} byId={byId} period={period} today={today} onSplit={onSplit} />
          ))}
        </ul>
      )}
    </li>
  );
}
