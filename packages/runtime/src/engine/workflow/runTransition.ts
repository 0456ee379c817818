import { Transition, TransitionRefused } from './Transition.js';
import type { RecordValues, WorkflowContext } from './WorkflowContext.js';
import type { WorkflowInstance } from './WorkflowInstance.js';
import type { WorkflowResult } from './WorkflowResult.js';

/**
 * Runs engine steps on a working copy of `instance`; a step that refuses (or a bug that throws)
 * leaves the instance untouched and comes back as `{ ok: false }` or rethrows, never half-applied.
 */
export function runTransition(
  instance: WorkflowInstance,
  context: Omit<WorkflowContext, 'record'> & { readonly record: RecordValues },
  steps: (transition: Transition) => void,
): WorkflowResult {
  const transition = new Transition(instance, context);
  try {
    steps(transition);
  } catch (error) {
    if (error instanceof TransitionRefused) return { ok: false, error: error.error };
    throw error;
  }
  return { ok: true, ...transition.finish() };
}
