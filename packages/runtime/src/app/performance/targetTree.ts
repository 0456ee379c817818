import { proRate, roundDecimal } from '../../engine/index.js';
import type { RecordNames, RecordView } from '../api/ApiViews.js';

/** A record of the app's targets form, read by its stable `tgt_*` field ids. */
export interface StoredTarget {
  readonly id: string;
  readonly period: string;
  readonly level: 'company' | 'department' | 'person';
  /** The company, the department's name or the person's, as the list answer named them. */
  readonly name: string;
  readonly personId: string | null;
  /** The department's own id for its target, the person's department for theirs; null for the company. */
  readonly departmentId: string | null;
  readonly amount: number;
  readonly rule: string;
  readonly parentId: string | null;
}

/** A node of the stored decomposition, with how far its children's sum is from it. */
export interface TargetTreeNode {
  readonly target: StoredTarget;
  readonly children: readonly TargetTreeNode[];
  /** The children's sum, null for a leaf. */
  readonly childrenSum: number | null;
  /** value − children's sum (2 places) when they differ, else null. */
  readonly difference: number | null;
}

/**
 * A node's actual for the progress bar, when the page's progress holds it: a person's own, or a
 * department's or the company's as the sum of its people's below it in the same period (an org
 * split); undefined for a time split, whose actuals the progress answer does not break down.
 */
export function nodeProgress(node: TargetTreeNode, period: string, today: string, actuals: ReadonlyMap<string, number>): { readonly actual: number; readonly due: number } | undefined {
  const { target } = node;
  if (target.period !== period) return undefined;
  const sumOf = (each: TargetTreeNode): number | undefined => {
    if (each.target.period !== period) return undefined;
    if (each.target.level === 'person') return each.target.personId === null ? undefined : actuals.get(each.target.personId);
    const parts = each.children.map(sumOf).filter((value): value is number => value !== undefined);
    return parts.length === 0 ? undefined : roundDecimal(parts.reduce((sum, value) => sum + value, 0), 2);
  };
  const actual = sumOf(node);
  return actual === undefined ? undefined : { actual, due: proRate(target.amount, period, today).value };
}

/**
 * A node's bar from the server's actual of that very target (`GET …/targets/actuals`, by record
 * id) — at any node, a quarter or a month of a time split too — due pro-rated to `today` over the
 * node's own period (a past period is all due, a future one nothing yet). Undefined when the
 * server has no actual for it (a week, another person's target, no source).
 */
export function storedNodeProgress(node: TargetTreeNode, today: string, actuals: Readonly<Record<string, number | null>>): { readonly actual: number; readonly due: number } | undefined {
  const actual = actuals[node.target.id];
  if (typeof actual !== 'number') return undefined;
  return { actual, due: proRate(node.target.amount, node.target.period, today).value };
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The targets among records of the targets form (records that are not, say a hand-made row
 * without an amount, are skipped).
 */
export function targetsOf(records: readonly RecordView[], names: RecordNames | undefined, companyName: string): StoredTarget[] {
  return records.flatMap((record): StoredTarget[] => {
    const data = record.data;
    const period = text(data['tgt_period']);
    const level = data['tgt_level'];
    const amount = data['tgt_amount'];
    if (period === null || typeof amount !== 'number' || (level !== 'company' && level !== 'department' && level !== 'person')) return [];
    const personId = text(data['tgt_person']);
    const departmentId = text(data['tgt_department']);
    const name =
      level === 'person' && personId !== null
        ? (names?.users[personId] ?? personId)
        : level === 'department' && departmentId !== null
          ? (names?.departments[departmentId] ?? departmentId)
          : companyName;
    return [{ id: record.id, period, level, name, personId, departmentId, amount, rule: text(data['tgt_rule']) ?? '', parentId: text(data['tgt_parent']) }];
  });
}

/**
 * The stored targets as the trees their decompositions made (each record names its parent):
 * roots are the targets whose parent is not among them; siblings in period, then name order.
 *
 * @example
 * buildTargetTree([year, q1, q2]) // [{ target: year, children: [q1, q2], childrenSum, difference }]
 */
export function buildTargetTree(targets: readonly StoredTarget[]): TargetTreeNode[] {
  const ids = new Set(targets.map(({ id }) => id));
  const childrenOf = new Map<string | null, StoredTarget[]>();
  for (const target of targets) {
    const parent = target.parentId !== null && ids.has(target.parentId) && target.parentId !== target.id ? target.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), target]);
  }
  const order = (a: StoredTarget, b: StoredTarget) => a.period.localeCompare(b.period) || a.name.localeCompare(b.name);
  const seen = new Set<string>();
  const build = (target: StoredTarget): TargetTreeNode => {
    seen.add(target.id);
    const children = (childrenOf.get(target.id) ?? []).filter(({ id }) => !seen.has(id)).sort(order).map(build);
    if (children.length === 0) return { target, children, childrenSum: null, difference: null };
    const childrenSum = roundDecimal(children.reduce((sum, child) => sum + child.target.amount, 0), 2);
    const difference = roundDecimal(target.amount - childrenSum, 2);
    return { target, children, childrenSum, difference: difference === 0 ? null : difference };
  };
  return (childrenOf.get(null) ?? []).slice().sort(order).map(build);
}
