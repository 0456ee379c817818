import { formatScoreNumber } from '../../engine/index.js';
import type { PersonProgressView } from '../api/PerformanceViews.js';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';
import { findTargetsForm } from './findTargetsForm.js';
import { usePerformanceText } from './performanceMessages.js';
import { buildTargetTree, targetsOf, type TargetTreeNode } from './targetTree.js';
import { ProgressBar } from './ProgressBar.js';

/**
 * The metric's stored targets as their decompositions made them (records of the targets form,
 * each naming its parent), with a progress bar on a person's target of the page's period and the
 * difference wherever the children do not add up to their parent.
 */
export function StoredTargetTree({ appId, metric, period, progress }: { readonly appId: string; readonly metric: string; readonly period: string; readonly progress: readonly PersonProgressView[] }) {
  const { api } = useAppSession();
  const { pt } = usePerformanceText();
  const tree = useAsync(async () => {
    const formId = await findTargetsForm(api, appId);
    if (formId === null) return [];
    const page = await api.records(formId, { filter: { field: 'tgt_metric', op: 'eq', value: metric }, limit: 500 });
    return buildTargetTree(targetsOf(page.items, page.names, pt('company')));
  }, `${appId}/${metric}`);
  const byPerson = new Map(progress.map((person) => [person.personId, person]));
  return (
    <section className="app-performance__section" aria-labelledby="target-tree">
      <h2 id="target-tree">{pt('treeHeading')}</h2>
      {tree.status === 'loading' && <p aria-busy="true">…</p>}
      {tree.status === 'error' && <LoadFailure error={tree.error} onRetry={tree.reload} />}
      {tree.status === 'ready' && tree.value.length === 0 && <p className="app-muted">{pt('noTargets')}</p>}
      {tree.status === 'ready' && tree.value.length > 0 && (
        <ul className="app-targets__tree">
          {tree.value.map((node) => (
            <TreeNode key={node.target.id} node={node} progress={byPerson} period={period} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TreeNode({ node, progress, period }: { readonly node: TargetTreeNode; readonly progress: ReadonlyMap<string, PersonProgressView>; readonly period: string }) {
  const { pt, locale } = usePerformanceText();
  const { target } = node;
  const figure = (value: number) => formatScoreNumber(value, locale, 2);
  const personProgress = target.personId !== null ? progress.get(target.personId) : undefined;
  return (
    <li className="app-targets__node">
      <span>
        <strong>{target.name}</strong> · {target.period} · {figure(target.amount)}
      </span>
      {target.rule !== '' && <span className="app-muted app-performance__explanation"> — {pt('ruleOf', { rule: target.rule })}</span>}
      {node.difference !== null && node.childrenSum !== null && (
        <p className="app-error">{pt('childrenDiffer', { sum: figure(node.childrenSum), difference: figure(node.difference) })}</p>
      )}
      {personProgress && period === target.period && <ProgressBar person={personProgress} />}
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <TreeNode key={child.target.id} node={child} progress={progress} period={period} />
          ))}
        </ul>
      )}
    </li>
  );
}
