import type { Evaluator } from './Evaluator.js';
import type { OperatorCall } from './OperatorCall.js';

/** How one operator compiles. */
export interface OperatorDefinition {
  /**
   * True when the result depends on the arguments alone, so a call whose arguments hold no data
   * read can be computed once at compile time. False for `var`, `missing`, clock operators, `log`.
   */
  readonly pure: boolean;
  compile(call: OperatorCall): Evaluator;
}
