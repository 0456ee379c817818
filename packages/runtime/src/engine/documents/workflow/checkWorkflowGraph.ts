import type { LocalizedText } from '../../i18n/Locale.js';
import { describeLocation } from '../describeLocation.js';
import { capitalize } from '../englishPhrases.js';
import type { DocumentIssue } from '../DocumentIssue.js';
import type { JsonValue } from '../JsonValue.js';
import { workflowGlossary } from './workflowGlossary.js';
import type { WorkflowSchema } from './WorkflowSchema.js';

/**
 * What makes the graph runnable, beyond each node's shape: unique node and edge ids, edges that
 * join existing nodes, exactly one start and at least one end.
 */
export function checkWorkflowGraph(workflow: WorkflowSchema): DocumentIssue[] {
  const describe = (pointer: string): LocalizedText => describeLocation(pointer, workflow as unknown as JsonValue, workflowGlossary).phrase;
  const issues: DocumentIssue[] = [];
  const nodeIds = firstIndexes(workflow.nodes, 'nodes', 'duplicateNodeId', describe, issues);
  firstIndexes(workflow.edges, 'edges', 'duplicateEdgeId', describe, issues);

  workflow.edges.forEach((edge, index) => {
    for (const end of ['from', 'to'] as const) {
      if (nodeIds.has(edge[end])) continue;
      const where = describe(`/edges/${index}`);
      issues.push({
        pointer: `/edges/${index}/${end}`,
        code: 'unknownNode',
        message: {
          'zh-CN': `${where['zh-CN']}的${end === 'from' ? '起点' : '终点'}“${edge[end]}”不是流程中的节点`,
          en: `The ${end === 'from' ? 'start' : 'end'} of ${where.en} is "${edge[end]}", which is not a node of this workflow`,
        },
      });
    }
  });

  const starts = workflow.nodes.filter((node) => node.type === 'start').length;
  if (starts !== 1) {
    issues.push({
      pointer: '/nodes',
      code: 'startNodeCount',
      message: {
        'zh-CN': `流程需要恰好一个“发起”节点，现在有 ${starts} 个`,
        en: `A workflow needs exactly one start node; this one has ${starts}`,
      },
    });
  }
  if (!workflow.nodes.some((node) => node.type === 'end')) {
    issues.push({
      pointer: '/nodes',
      code: 'noEndNode',
      message: { 'zh-CN': '流程需要至少一个“结束”节点', en: 'A workflow needs at least one end node' },
    });
  }
  return issues;
}

/** Maps each id to where it first occurs, reporting every later duplicate. */
function firstIndexes(
  items: readonly { readonly id: string }[],
  collection: 'nodes' | 'edges',
  code: string,
  describe: (pointer: string) => LocalizedText,
  issues: DocumentIssue[],
): Map<string, number> {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, index);
      return;
    }
    const where = describe(`/${collection}/${index}`);
    const earlier = describe(`/${collection}/${first}`);
    issues.push({
      pointer: `/${collection}/${index}/id`,
      code,
      message: {
        'zh-CN': `${where['zh-CN']}的 ID “${item.id}”已被${earlier['zh-CN']}使用，不能重复`,
        en: `${capitalize(where.en)} has the id "${item.id}", already used by ${earlier.en}; ids must be unique`,
      },
    });
  });
  return seen;
}
