import type { FormRuleDependency, FormRuleGraph, FormRuleKind } from './FormRuleGraph.js';
import type { RuleGraph } from './RuleGraph.js';

/** The designer's view of a compiled rule graph: field-level "depends on" and "used by". */
export function toFormRuleGraph(graph: RuleGraph): FormRuleGraph {
  const dependsOn = new Map<string, FormRuleDependency[]>();
  const usedBy = new Map<string, string[]>();
  const validationReads = new Map<string, string[]>();
  const evaluationOrder: string[] = [];
  for (const node of graph.nodes) {
    for (const edge of node.reads) {
      if (edge.via !== 'formula' && edge.via !== 'visibility' && edge.via !== 'default') continue;
      // A value node's read of its own visibility is no rule of the admin's.
      if (edge.via === 'visibility' && node.kind === 'value') continue;
      const via: FormRuleKind = node.kind === 'visibility' ? 'visibility' : edge.via;
      const list = dependsOn.get(node.id) ?? [];
      if (!list.some((dependency) => dependency.fieldId === edge.node.id && dependency.via === via)) {
        list.push({ fieldId: edge.node.id, via, sameRow: edge.sameRow });
      }
      dependsOn.set(node.id, list);
      const readers = usedBy.get(edge.node.id) ?? [];
      if (!readers.includes(node.id)) readers.push(node.id);
      usedBy.set(edge.node.id, readers);
    }
    if ((node.visibleWhen !== undefined || node.formula !== undefined || node.defaultFormula !== undefined) && !evaluationOrder.includes(node.id)) {
      evaluationOrder.push(node.id);
    }
    if (node.kind !== 'value') continue;
    for (const validation of node.validations) {
      const reads = validationReads.get(validation.rule.id) ?? [];
      if (!reads.includes(node.id)) reads.push(node.id);
      validationReads.set(validation.rule.id, reads);
    }
  }
  return { dependsOn, usedBy, validationReads, evaluationOrder };
}
