import type { RuleRuntime } from '../RuleRuntime.js';

/**
 * A compiled rule node: a closure built once that computes the node's value for some data.
 * Evaluators never allocate beyond what their result needs and never look at the rule again.
 */
export type Evaluator = (data: unknown, runtime: RuleRuntime | undefined) => unknown;

/** An evaluator that always yields `value` (shared: callers must not mutate objects they get). */
export function constantEvaluator(value: unknown): Evaluator {
  return () => value;
}
