import type { DocumentIssue } from '../documents/DocumentIssue.js';
import type { FieldDefinition, FormSchema, SubformField } from '../documents/form/FormSchema.js';
import { fieldValueShapes } from '../fields/fieldValueShapes.js';
import type { CompiledRule } from '../rules/CompiledRule.js';
import { RuleError } from '../rules/RuleError.js';
import type { RuleLogic } from '../rules/RuleLogic.js';
import type { ValueField } from './CompiledForm.js';
import { findCycles } from './findCycles.js';
import { formIssue } from './formIssues.js';
import type { RuleOwner, RuleSiteKind } from './formIssues.js';
import type { FormRuleKind } from './FormRuleGraph.js';
import type { FormFieldIndex } from './indexFormFields.js';
import { isComputedField } from './isComputedField.js';
import type { RuleEdge, RuleGraph, RuleNode, ValidationNode } from './RuleGraph.js';
import { readEmptyNumbersAsZero } from './readEmptyNumbersAsZero.js';
import { subformReadsOf } from './subformReadsOf.js';

/** Compiles one rule found at a pointer of the form document; throws RuleError when it is malformed. */
export type FormRuleCompiler = (rule: RuleLogic, pointer: string) => CompiledRule;

interface BuildingNode {
  kind: 'visibility' | 'value';
  id: string;
  label: string;
  definitionPointer: string;
  field?: ValueField['field'];
  entry?: ValueField;
  description?: RuleNode['description'];
  subformId?: string;
  visibleWhen?: CompiledRule;
  container?: BuildingNode;
  visibility?: BuildingNode;
  formula?: CompiledRule;
  formulaInputs?: readonly (readonly string[])[];
  defaultFormula?: CompiledRule;
  order: number;
  reads: BuildingEdge[];
  dependents: BuildingEdge[];
  validations: ValidationNode[];
}

interface BuildingEdge {
  node: BuildingNode;
  sameRow: boolean;
  via: RuleEdge['via'];
}

/** What a rule site reads: the value nodes it depends on, or the issues with its references. */
interface ResolvedReads {
  readonly edges: BuildingEdge[];
  readonly dynamic: boolean;
}

/**
 * Builds the dependency graph of a form's rules (visibility of fields, sections and description
 * blocks, formulas, formula defaults and form-level validations) and reports every problem with
 * them as DocumentIssues: malformed rules, unknown fields, `$row` outside a subform, subform
 * columns read from outside their row, field names computed at run time, and cycles (named by
 * field labels). A description's visibility node is read by nothing: it can close no cycle.
 */
export function buildRuleGraph(schema: FormSchema, index: FormFieldIndex, compile: FormRuleCompiler): RuleGraph {
  const issues: DocumentIssue[] = [];
  const created: BuildingNode[] = [];
  const visibilityById = new Map<string, BuildingNode>();
  const valueById = new Map<string, BuildingNode>();

  const compileSite = (rule: RuleLogic, pointer: string, owner: RuleOwner): CompiledRule | undefined => {
    try {
      return compile(rule, pointer);
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      issues.push(formIssue('invalid_rule', `${pointer}${error.pointer}`, { detail: error.localized }, owner));
      return undefined;
    }
  };

  const newNode = (node: Omit<BuildingNode, 'order' | 'reads' | 'dependents' | 'validations'>): BuildingNode => {
    const built: BuildingNode = { ...node, order: -1, reads: [], dependents: [], validations: [] };
    created.push(built);
    return built;
  };

  /** Rules to resolve once every node exists: reads may point forward in the form. */
  const pending: { node: BuildingNode; rule: CompiledRule; logic: RuleLogic; pointer: string; via: FormRuleKind; owner: RuleOwner }[] = [];

  const visit = (fields: readonly FieldDefinition[], basePointer: string, container: BuildingNode | undefined, subform: SubformField | undefined): void => {
    fields.forEach((field, position) => {
      const pointer = `${basePointer}/${position}`;
      const rowScope = subform === undefined ? {} : { subformId: subform.id };
      let visibility: BuildingNode | undefined;
      if (field.visibleWhen !== undefined || container !== undefined) {
        visibility = newNode({
          kind: 'visibility',
          id: field.id,
          label: field.label,
          definitionPointer: pointer,
          ...rowScope,
          ...(container ? { container } : {}),
          ...(field.type === 'description' ? { description: field } : {}),
        });
        if (container) visibility.reads.push({ node: container, sameRow: container.subformId !== undefined, via: 'container' });
        if (field.visibleWhen !== undefined) {
          const owner: RuleOwner = { kind: 'visibility', label: field.label };
          const rule = compileSite(field.visibleWhen, `${pointer}/visibleWhen`, owner);
          if (rule) {
            visibility.visibleWhen = rule;
            pending.push({ node: visibility, rule, logic: field.visibleWhen, pointer: `${pointer}/visibleWhen`, via: 'visibility', owner });
          }
        }
        visibilityById.set(field.id, visibility);
      }
      if (field.type === 'description') return;
      if (field.type === 'section') {
        visit(field.fields, `${pointer}/fields`, visibility, subform);
        return;
      }
      const entry = index.valueFieldsById.get(field.id);
      if (entry === undefined) return;
      // A subform's value node stands for its rows (their number, order and visibility); rules
      // that read cells depend on the column nodes themselves.
      if (field.type === 'subform') visit(field.fields, `${pointer}/fields`, visibility, field);
      const value = newNode({
        kind: 'value',
        id: field.id,
        label: field.label,
        definitionPointer: pointer,
        field,
        entry,
        ...rowScope,
        ...(visibility ? { visibility } : {}),
      });
      if (visibility) value.reads.push({ node: visibility, sameRow: visibility.subformId !== undefined, via: 'visibility' });
      if (field.type === 'formula') {
        const owner: RuleOwner = { kind: 'formula', label: field.label };
        const expression = readEmptyNumbersAsZero(field.expression, (path) => isNumberPath(index, path, subform));
        const rule = compileSite(expression, `${pointer}/expression`, owner);
        if (rule) {
          value.formula = rule;
          if (expression !== field.expression) value.formulaInputs = rule.dependencies.vars.map((path) => path.split('.'));
          pending.push({ node: value, rule, logic: field.expression, pointer: `${pointer}/expression`, via: 'formula', owner });
        }
      } else if (field.defaultValue?.kind === 'formula' && !isComputedField(field)) {
        const owner: RuleOwner = { kind: 'default', label: field.label };
        const rule = compileSite(field.defaultValue.expression, `${pointer}/defaultValue/expression`, owner);
        if (rule) {
          value.defaultFormula = rule;
          pending.push({ node: value, rule, logic: field.defaultValue.expression, pointer: `${pointer}/defaultValue/expression`, via: 'default', owner });
        }
      }
      valueById.set(field.id, value);
    });
  };
  visit(schema.fields, '/fields', undefined, undefined);

  for (const site of pending) {
    const reads = resolveReads(site.rule, site.logic, site.node.subformId, site.pointer, site.owner, index, valueById, issues);
    if (reads.dynamic) issues.push(formIssue('dynamic_reference', site.pointer, {}, site.owner));
    for (const edge of reads.edges) site.node.reads.push({ ...edge, via: site.via });
  }

  const validations = buildValidations(schema, index, valueById, visibilityById, compileSite, issues);

  const cycles = findCycles(created, (node) => node.reads.map((edge) => edge.node));
  for (const cycle of cycles) issues.push(cycleIssue(cycle));

  const nodes = cycles.length === 0 ? topologicalOrder(created) : created;
  nodes.forEach((node, order) => {
    node.order = order;
  });
  for (const node of nodes) {
    for (const edge of node.reads) edge.node.dependents.push({ node, sameRow: edge.sameRow, via: edge.via });
  }
  return {
    nodes: nodes as readonly RuleNode[],
    visibilityById: visibilityById as ReadonlyMap<string, RuleNode>,
    valueById: valueById as ReadonlyMap<string, RuleNode>,
    validations,
    issues,
    hasVisibilityRules: [...visibilityById.values()].some((node) => node.description === undefined),
  };
}

/**
 * Whether a formula's `var` path reads a number: a number, amount or rating field, or a
 * calculated field with a number result, at the top level (`f_qty`) or in the formula's own row
 * (`$row.c_qty`). Such inputs count as 0 while empty (see readEmptyNumbersAsZero).
 */
function isNumberPath(index: FormFieldIndex, path: string, subform: SubformField | undefined): boolean {
  const segments = path.split('.');
  const [root = '', column] = segments;
  const inRow = root === '$row' && segments.length === 2 && subform !== undefined;
  if (!inRow && segments.length !== 1) return false;
  const entry = index.valueFieldsById.get(inRow ? (column ?? '') : root);
  if (entry === undefined || entry.subform?.id !== (inRow ? subform?.id : undefined)) return false;
  const field = entry.field;
  return field.type === 'formula' ? (field.resultType ?? 'number') === 'number' : fieldValueShapes[field.type] === 'number';
}

/** Resolves the `var` paths of a rule owned by a node (per-row when `subformId` is set) to value nodes. */
function resolveReads(
  rule: CompiledRule,
  logic: RuleLogic,
  subformId: string | undefined,
  pointer: string,
  owner: RuleOwner,
  index: FormFieldIndex,
  valueById: ReadonlyMap<string, BuildingNode>,
  issues: DocumentIssue[],
): ResolvedReads {
  const edges: BuildingEdge[] = [];
  const seen = new Set<BuildingNode>();
  const subformReads = subformReadsOf(logic, new Set(index.columnsBySubform.keys()));
  const add = (node: BuildingNode | undefined, sameRow: boolean): void => {
    if (node === undefined || seen.has(node)) return;
    seen.add(node);
    edges.push({ node, sameRow, via: 'formula' });
  };
  for (const path of rule.dependencies.vars) {
    const [root = '', column] = path.split('.', 2);
    if (root === '') continue;
    if (root === '$row') {
      if (subformId === undefined) {
        issues.push(formIssue('row_reference', pointer, {}, owner));
        continue;
      }
      const columns = index.columnsBySubform.get(subformId) ?? [];
      if (column === undefined || column === '') {
        for (const entry of columns) add(valueById.get(entry.field.id), true);
        continue;
      }
      const entry = columns.find((candidate) => candidate.field.id === column);
      if (entry === undefined) issues.push(formIssue('row_column', pointer, { ref: column }, owner));
      else add(valueById.get(entry.field.id), true);
      continue;
    }
    const entry = index.valueFieldsById.get(root);
    if (entry === undefined) {
      issues.push(formIssue('unknown_reference', pointer, { ref: root }, owner));
    } else if (entry.subform !== undefined) {
      issues.push(formIssue('column_reference', pointer, { ref: entry.field.label, id: entry.field.id }, owner));
    } else {
      add(valueById.get(root), false);
      const columns = index.columnsBySubform.get(root);
      if (columns === undefined) continue;
      const read = subformReads.get(root) ?? 'all';
      for (const column of columns) if (read === 'all' || read.has(column.field.id)) add(valueById.get(column.field.id), false);
    }
  }
  return { edges, dynamic: rule.dependencies.dynamic };
}

function buildValidations(
  schema: FormSchema,
  index: FormFieldIndex,
  valueById: ReadonlyMap<string, BuildingNode>,
  visibilityById: ReadonlyMap<string, BuildingNode>,
  compileSite: (rule: RuleLogic, pointer: string, owner: RuleOwner) => CompiledRule | undefined,
  issues: DocumentIssue[],
): ValidationNode[] {
  const validations: ValidationNode[] = [];
  (schema.rules?.validations ?? []).forEach((rule, position) => {
    const pointer = `/rules/validations/${position}`;
    const owner: RuleOwner = { kind: 'validation' as RuleSiteKind };
    const assert = compileSite(rule.assert, `${pointer}/assert`, owner);
    const when = rule.when === undefined ? undefined : compileSite(rule.when, `${pointer}/when`, owner);
    (rule.fields ?? []).forEach((fieldId, fieldPosition) => {
      if (!index.valueFieldsById.has(fieldId)) issues.push(formIssue('unknown_reference', `${pointer}/fields/${fieldPosition}`, { ref: fieldId }, owner));
    });
    if (assert === undefined || (rule.when !== undefined && when === undefined)) return;
    const targetId = rule.fields?.[0];
    const target = targetId === undefined ? undefined : index.valueFieldsById.get(targetId);
    const node: ValidationNode = {
      rule,
      index: position,
      assert,
      ...(when ? { when } : {}),
      ...(target ? { target } : {}),
      dynamic: assert.dependencies.dynamic || (when?.dependencies.dynamic ?? false),
    };
    validations.push(node);
    const readers = new Set<BuildingNode>();
    for (const [compiled, logic, rulePointer] of [[assert, rule.assert, `${pointer}/assert`], [when, rule.when ?? null, `${pointer}/when`]] as const) {
      if (compiled === undefined) continue;
      const reads = resolveReads(compiled, logic, undefined, rulePointer, owner, index, valueById, issues);
      for (const edge of reads.edges) readers.add(edge.node);
    }
    // Where the error is shown depends on whether its field is visible.
    const shownBeside = target === undefined ? undefined : visibilityById.get(target.subform?.id ?? target.field.id);
    if (shownBeside) readers.add(shownBeside);
    for (const reader of readers) reader.validations.push(node);
  });
  return validations;
}

/** Orders nodes so that each follows what it reads; ties keep form order. */
function topologicalOrder(nodes: readonly BuildingNode[]): BuildingNode[] {
  const ordered: BuildingNode[] = [];
  const state = new Map<BuildingNode, 'visiting' | 'done'>();
  for (const root of nodes) {
    if (state.has(root)) continue;
    // Iterative depth-first post-order: long formula chains must not overflow the stack.
    const stack: { node: BuildingNode; next: number }[] = [{ node: root, next: 0 }];
    state.set(root, 'visiting');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const edge = top.node.reads[top.next];
      if (edge === undefined) {
        stack.pop();
        state.set(top.node, 'done');
        ordered.push(top.node);
        continue;
      }
      top.next += 1;
      if (!state.has(edge.node)) {
        state.set(edge.node, 'visiting');
        stack.push({ node: edge.node, next: 0 });
      }
    }
  }
  return ordered;
}

/** "公式循环引用：金额 → 单价 → 金额", pointing at the cycle's first field in form order. */
function cycleIssue(cycle: readonly BuildingNode[]): DocumentIssue {
  let start = 0;
  cycle.forEach((node, position) => {
    const current = cycle[start];
    if (current !== undefined && compareDisplayOrder(node.definitionPointer, current.definitionPointer) < 0) start = position;
  });
  const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
  // A field's visibility and value are one step for the reader: name each field once per visit.
  const labels: string[] = [];
  const ids: string[] = [];
  for (const node of rotated) {
    if (ids[ids.length - 1] === node.id) continue;
    ids.push(node.id);
    labels.push(node.label);
  }
  if (ids.length > 1 && ids[ids.length - 1] === ids[0]) labels.pop();
  const first = rotated[0];
  const path = [...labels, labels[0] ?? ''].join(' → ');
  return formIssue('cycle', first?.definitionPointer ?? '', { path });
}

/** Orders definition pointers (`/fields/2/fields/0`) as the fields are displayed: parents first. */
function compareDisplayOrder(a: string, b: string): number {
  const left = a.split('/').filter((part) => /^\d+$/.test(part)).map(Number);
  const right = b.split('/').filter((part) => /^\d+$/.test(part)).map(Number);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}
