import type { LocalizedText } from '../i18n/Locale.js';

/**
 * Why an action was refused, with the HTTP status the server should answer: 403 for someone who
 * may not act, 404 for what does not exist, 409 for work already done or no longer open, 422 for
 * an action that is not valid here, 429 for one repeated too soon (urging).
 */
export interface WorkflowError {
  readonly code: WorkflowErrorCode;
  readonly status: 403 | 404 | 409 | 422 | 429;
  readonly message: LocalizedText;
  /** What the fault is about, when it is about something: a field, a node, a task, a user. */
  readonly details?: { readonly fieldId?: string; readonly nodeId?: string; readonly taskId?: string; readonly userId?: string; readonly validationId?: string };
}

export type WorkflowErrorCode =
  | 'unknownTask'
  | 'notYourTask'
  | 'taskClosed'
  | 'wrongTaskKind'
  | 'flowFinished'
  | 'flowNotFinished'
  | 'actionNotOffered'
  | 'notInitiator'
  | 'notAdmin'
  | 'withdrawNotAllowed'
  | 'returnToSelf'
  | 'invalidReturnTarget'
  | 'unknownUser'
  | 'alreadyAssigned'
  | 'unknownNode'
  | 'fieldNotEditable'
  | 'requiredField'
  | 'validationFailed'
  | 'signatureRequired'
  | 'noBranch'
  | 'unknownTimer'
  | 'flowLoops'
  | 'noChange'
  | 'urgedRecently';

/** The typed refusal of an action; `status` is what an HTTP answer would carry. */
export function workflowError(
  code: WorkflowErrorCode,
  status: WorkflowError['status'],
  message: LocalizedText,
  details?: WorkflowError['details'],
): WorkflowError {
  return details === undefined ? { code, status, message } : { code, status, message, details };
}
