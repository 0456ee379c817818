import type { ApproverPosition, TaskAction, TaskActionBody } from '../api/TaskViews.js';

/** The actions that carry the node's field edits (`data`). */
export const actionsWithData: ReadonlySet<TaskAction> = new Set(['approve', 'submit']);
/** The actions the server keeps a handwritten signature for. */
export const actionsWithSignature: ReadonlySet<TaskAction> = new Set(['approve', 'reject']);
/** The actions that name a person (`to`). */
export const actionsWithPerson: ReadonlySet<TaskAction> = new Set(['transfer', 'add-approver']);

/** What the user put into an action's panel. Empty strings are "not given". */
export interface TaskActionDraft {
  readonly action: TaskAction;
  readonly comment: string;
  /** The uploaded signature's file id, or '' for none. */
  readonly signature: string;
  /** return: the node to return to, or '' for the previous one. */
  readonly target: string;
  /** transfer, add approver: the person, or '' while none is chosen. */
  readonly person: string;
  /** add approver: before me (my task waits for theirs), after me, or alongside me. */
  readonly position: ApproverPosition;
}

export const emptyDraft = (action: TaskAction): TaskActionDraft => ({ action, comment: '', signature: '', target: '', person: '', position: 'before' });

/**
 * The body of `POST /api/tasks/:id/{action}` for a draft and the node's changed fields, or what
 * is missing first. Only what the action takes goes out: a reject never carries edits, a return
 * never a person.
 *
 * @example
 * taskActionRequest({ ...emptyDraft('transfer'), person: 'u3' }, {}) // { body: { to: ['u3'] } }
 * taskActionRequest(emptyDraft('transfer'), {})                     // { missing: 'personRequired' }
 */
export function taskActionRequest(draft: TaskActionDraft, edits: Readonly<Record<string, unknown>>): { readonly body: TaskActionBody } | { readonly missing: 'personRequired' } {
  const { action } = draft;
  if (actionsWithPerson.has(action) && draft.person === '') return { missing: 'personRequired' };
  const comment = draft.comment.trim();
  return {
    body: {
      ...(comment === '' ? {} : { comment }),
      ...(actionsWithSignature.has(action) && draft.signature !== '' ? { signature: draft.signature } : {}),
      ...(actionsWithData.has(action) && Object.keys(edits).length > 0 ? { data: edits } : {}),
      ...(action === 'return' && draft.target !== '' ? { target: draft.target } : {}),
      ...(actionsWithPerson.has(action) ? { to: [draft.person] } : {}),
      ...(action === 'add-approver' ? { position: draft.position } : {}),
    },
  };
}
