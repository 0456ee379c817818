import type { WorkflowEffects } from './WorkflowEffects.js';
import type { WorkflowError } from './WorkflowError.js';
import type { WorkflowInstance } from './WorkflowInstance.js';

/** A transition: the next instance and what the host must do, or why the action was refused. */
export type WorkflowResult =
  | { readonly ok: true; readonly instance: WorkflowInstance; readonly effects: WorkflowEffects }
  | { readonly ok: false; readonly error: WorkflowError };
