import { decomposeOverOrg } from './decomposeOverOrg.js';
import { decomposeOverTime } from './decomposeOverTime.js';
import type { OrgDecomposition } from './OrgDecomposition.js';
import type { TargetNode } from './TargetNode.js';
import type { TimeDecomposition } from './TimeDecomposition.js';

export type TargetDecomposition = TimeDecomposition | OrgDecomposition;

/**
 * Decomposes a target over time (year → quarter → month → week → day) or through the
 * organisation and other dimensions (company → department → person; product line, region,
 * customer type). The result is a tree of plain JSON: each node's value, its days when it is a
 * time node, and the rule that made it. The server shows it as a dry run, and writes one targets
 * record per node when applied.
 *
 * @throws TargetError for a bad period, level order, date or amount.
 * @example
 * decomposeTarget({ along: 'time', period: '2026-11', total: 5_000_000, levels: ['week'] }).children?.map((week) => week.value)
 * // [1250000, 1250000, 1250000, 1250000]
 */
export function decomposeTarget(request: TargetDecomposition): TargetNode {
  return request.along === 'time' ? decomposeOverTime(request) : decomposeOverOrg(request);
}
