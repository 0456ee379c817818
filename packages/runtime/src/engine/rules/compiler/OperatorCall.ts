import type { LocalizedText } from '../../i18n/Locale.js';
import { constantEvaluator, type Evaluator } from './Evaluator.js';
import { isOperation } from './isOperation.js';
import { appendPointer } from './jsonPointer.js';
import type { DataScope, RuleCompiler } from './RuleCompiler.js';
import { arityError, invalidArgumentsError } from './ruleErrors.js';

const absent = constantEvaluator(undefined);

/**
 * One operation being compiled: its name, where it sits in the rule, its arguments, and the
 * means to compile them. As in json-logic-js, a single non-array argument stands for a list of
 * one (`{"var": "a"}` is `{"var": ["a"]}`).
 */
export class OperatorCall {
  readonly args: readonly unknown[];
  private readonly listed: boolean;

  constructor(
    readonly compiler: RuleCompiler,
    readonly operator: string,
    /** Pointer to the operator's key, e.g. `/and/1/>`. */
    readonly pointer: string,
    value: unknown,
  ) {
    this.listed = Array.isArray(value);
    this.args = Array.isArray(value) ? value : [value];
  }

  get count(): number {
    return this.args.length;
  }

  argPointer(index: number): string {
    return this.listed ? appendPointer(this.pointer, index) : this.pointer;
  }

  /** The compiled argument, or an evaluator of `undefined` when the argument is absent. */
  arg(index: number, scope?: DataScope): Evaluator {
    return index < this.args.length ? this.compiler.compile(this.args[index], this.argPointer(index), scope) : absent;
  }

  /** Like {@link arg}, for an argument its operator only reads (literal lists are then shared). */
  readOnlyArg(index: number): Evaluator {
    return index < this.args.length ? this.compiler.compileReadOnly(this.args[index], this.argPointer(index)) : absent;
  }

  allArgs(): Evaluator[] {
    return this.args.map((_, index) => this.arg(index));
  }

  /** Whether the argument is computed (an operation or a list that may hold some). */
  isComputed(index: number): boolean {
    const rule = this.args[index];
    return isOperation(rule) || Array.isArray(rule);
  }

  /** Refuses the call unless it has between `min` and `max` arguments (form operators are strict). */
  expectArity(min: number, max: number = min): void {
    if (this.count < min || this.count > max) throw arityError(this.operator, this.pointer, min, max, this.count);
  }

  fail(detail: LocalizedText): never {
    throw invalidArgumentsError(this.operator, this.pointer, detail);
  }

  /**
   * An argument that must be one of a few words (a unit, a date part). A literal is checked now;
   * a computed one is checked at each evaluation, where a word outside the list gives null.
   */
  choiceArg<Choice extends string>(index: number, choices: readonly Choice[], fallback?: Choice): (data: unknown, runtime: Parameters<Evaluator>[1]) => Choice | null {
    const accepted: ReadonlySet<string> = new Set(choices);
    const pick = (value: unknown): Choice | null => (typeof value === 'string' && accepted.has(value) ? (value as Choice) : null);
    if (index >= this.count && fallback !== undefined) return () => fallback;
    if (!this.isComputed(index)) {
      const choice = pick(this.args[index]);
      if (choice === null) {
        this.fail({
          'zh-CN': `第 ${index + 1} 个参数应为 ${choices.join('、')} 之一`,
          en: `argument ${index + 1} must be one of ${choices.join(', ')}`,
        });
      }
      return () => choice;
    }
    const evaluator = this.arg(index);
    return (data, runtime) => pick(evaluator(data, runtime));
  }
}
