import type { ChangeDiff, ProposedChange } from '@formwork/runtime';
import type { JsonSchema } from '../http/validation/ValueSchema.js';
import type { RecordForm } from '../records/RecordForm.js';
import type { Stores } from '../storage/Stores.js';

/** One changed field of a proposed change, as approvers read it. */
export interface ChangeLineView {
  readonly fieldId: string;
  readonly label: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** A change flow's proposed edit as the API shows it: who proposed it and what it changes. */
export interface ChangeView {
  readonly proposedBy: string;
  readonly proposedByName: string | null;
  readonly reason: string | null;
  readonly diff: readonly ChangeLineView[];
}

/**
 * The diff's lines in the form's field order, labelled, without the fields `isHidden` says the
 * reader may not see (a node's hidden fields, a role's): a diff must not leak what the record hides.
 */
export function toChangeLines(diff: ChangeDiff, form: RecordForm, isHidden: (fieldId: string) => boolean): ChangeLineView[] {
  const order = [...form.compiled.fieldsById.keys()];
  const rank = (fieldId: string) => {
    const index = order.indexOf(fieldId);
    return index === -1 ? order.length : index;
  };
  return Object.entries(diff)
    .filter(([fieldId]) => !isHidden(fieldId))
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([fieldId, change]) => ({ fieldId, label: form.compiled.fieldsById.get(fieldId)?.label ?? fieldId, before: change.before, after: change.after }));
}

/** A proposed change with its proposer's name, for task and record answers. */
export async function toChangeView(stores: Pick<Stores, 'users'>, change: ProposedChange, form: RecordForm, isHidden: (fieldId: string) => boolean): Promise<ChangeView> {
  const proposer = await stores.users.findById(change.proposedBy);
  return { proposedBy: change.proposedBy, proposedByName: proposer?.name ?? null, reason: change.reason ?? null, diff: toChangeLines(change.diff, form, isHidden) };
}

export const changeLinesSchema: JsonSchema = {
  type: 'array',
  description: "The changed fields in the form's order; fields hidden from you are left out",
  items: { type: 'object', properties: { fieldId: { type: 'string' }, label: { type: 'string' }, before: {}, after: {} } },
};

export const changeViewSchema: JsonSchema = {
  type: 'object',
  description: 'The proposed edit a change flow holds: applied to the record when the flow completes, dropped otherwise',
  properties: { proposedBy: { type: 'string' }, proposedByName: { type: ['string', 'null'] }, reason: { type: ['string', 'null'] }, diff: changeLinesSchema },
};
