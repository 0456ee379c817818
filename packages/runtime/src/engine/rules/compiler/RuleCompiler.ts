import type { RuleDependencies } from '../CompiledRule.js';
import { constantEvaluator, type Evaluator } from './Evaluator.js';
import { isLiteralRule } from './isOperation.js';
import { appendPointer } from './jsonPointer.js';
import { OperatorCall } from './OperatorCall.js';
import type { OperatorDefinition } from './OperatorDefinition.js';
import { invalidRuleError, tooDeepError, unknownOperatorError } from './ruleErrors.js';

/**
 * What data a `var` inside the node being compiled reads: the record (`record`), an element of
 * a list being mapped or filtered (`element`), or the record plus `$row` in an aggregate's row
 * filter (`row_filter`). Only record reads are dependencies of the rule.
 */
export type DataScope = 'record' | 'element' | 'row_filter';

/**
 * Walks a rule once, validating it and building its tree of closures, and gathers its
 * dependencies on the way. One compiler per compileRule call.
 */
export class RuleCompiler {
  private readonly vars = new Set<string>();
  private dynamic = false;
  private depth = 0;
  private scope: DataScope = 'record';
  /** Whether the operation being compiled (so far) reads data, the clock or has an effect. */
  private impure = false;

  constructor(
    private readonly operators: ReadonlyMap<string, OperatorDefinition>,
    private readonly maxDepth: number,
  ) {}

  /** Compiles a rule (or a part of one) found at `pointer`, optionally in another data scope. */
  compile(rule: unknown, pointer: string, scope?: DataScope): Evaluator {
    // Inside an element scope every read is of the element, whatever nests further in.
    if (scope === undefined || scope === this.scope || this.scope === 'element') return this.compileNode(rule, pointer);
    const outer = this.scope;
    this.scope = scope;
    try {
      return this.compileNode(rule, pointer);
    } finally {
      this.scope = outer;
    }
  }

  /**
   * Compiles a value that its consumer only reads (a list searched by `in`): a literal list is
   * then shared between evaluations instead of being rebuilt each time.
   */
  compileReadOnly(rule: unknown, pointer: string): Evaluator {
    const evaluator = this.compileNode(rule, pointer);
    return Array.isArray(rule) && isLiteralRule(rule) ? constantEvaluator(rule) : evaluator;
  }

  /** Notes a literal path the rule reads, unless it reads the element of a list or the filtered row. */
  recordVar(path: string): void {
    if (this.scope === 'record' || (this.scope === 'row_filter' && path !== '$row' && !path.startsWith('$row.'))) this.vars.add(path);
  }

  /** Notes that the rule reads a path known only at run time (or the whole data). */
  markDynamic(): void {
    if (this.scope !== 'element') this.dynamic = true;
  }

  dependencies(): RuleDependencies {
    return { vars: [...this.vars], dynamic: this.dynamic };
  }

  private compileNode(rule: unknown, pointer: string): Evaluator {
    switch (typeof rule) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'undefined':
        return constantEvaluator(rule);
      case 'object':
        if (rule === null) return constantEvaluator(null);
        break;
      default:
        throw invalidRuleError(pointer, typeof rule);
    }
    if (this.depth >= this.maxDepth) throw tooDeepError(pointer, this.maxDepth);
    this.depth += 1;
    try {
      if (Array.isArray(rule)) return this.compileArray(rule, pointer);
      const keys = Object.keys(rule);
      const [operator] = keys;
      // json-logic-js hands back any object that is not a one-key operation as it is.
      if (keys.length !== 1 || operator === undefined) return constantEvaluator(rule);
      return this.compileOperation(operator, (rule as Record<string, unknown>)[operator], appendPointer(pointer, operator));
    } finally {
      this.depth -= 1;
    }
  }

  /** An array evaluates to a fresh array of its evaluated elements (callers may keep or change it). */
  private compileArray(rule: readonly unknown[], pointer: string): Evaluator {
    const elements = rule.map((element, index) => this.compileNode(element, appendPointer(pointer, index)));
    if (rule.every((element) => element === null || typeof element !== 'object')) return () => rule.slice();
    const count = elements.length;
    return (data, runtime) => {
      const result = new Array<unknown>(count);
      for (let index = 0; index < count; index += 1) result[index] = (elements[index] as Evaluator)(data, runtime);
      return result;
    };
  }

  private compileOperation(operator: string, value: unknown, pointer: string): Evaluator {
    const definition = this.operators.get(operator);
    if (definition === undefined) throw unknownOperatorError(operator, pointer);
    const outerImpure = this.impure;
    this.impure = false;
    const evaluator = definition.compile(new OperatorCall(this, operator, pointer, value));
    const foldable = definition.pure && !this.impure;
    this.impure = outerImpure || this.impure || !definition.pure;
    return foldable ? foldConstant(evaluator) : evaluator;
  }
}

/**
 * Computes an operation over literals once. Only primitive results are folded — an object result
 * must stay fresh per evaluation — and an operation that throws is left to throw when (and if)
 * it is evaluated, as json-logic-js would.
 */
function foldConstant(evaluator: Evaluator): Evaluator {
  try {
    const value = evaluator(undefined, undefined);
    return value !== null && typeof value === 'object' ? evaluator : constantEvaluator(value);
  } catch {
    return evaluator;
  }
}
