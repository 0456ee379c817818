import type { FieldDefinition, FormSchema } from '@formwork/runtime';
import { publishForm } from '../forms/publishForm.js';
import type { ServerContext } from '../ServerContext.js';
import type { Form } from '../storage/FormStore.js';
import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';

/**
 * The fields of the target-claims form (目标认领) the claim routes create, by their stable ids —
 * also the form's marker, as `targetField` is the targets form's. One record per person, period
 * and metric: what the rep proposed, what the manager decided, and the rep's confirmation of the
 * target they were given.
 */
export const claimField = {
  period: 'clm_period',
  metric: 'clm_metric',
  person: 'clm_person',
  department: 'clm_department',
  proposed: 'clm_proposed',
  note: 'clm_note',
  status: 'clm_status',
  approved: 'clm_approved',
  decisionNote: 'clm_decision_note',
  decidedBy: 'clm_decided_by',
  decidedAt: 'clm_decided_at',
  confirmedAmount: 'clm_confirmed_amount',
  confirmedBy: 'clm_confirmed_by',
  confirmedAt: 'clm_confirmed_at',
} as const;

/** Where a claim stands: waiting for the manager, approved (the person's target now), returned to the rep, or confirmed by the rep. */
export type ClaimStatus = 'proposed' | 'approved' | 'returned' | 'confirmed';

const markerFields: readonly string[] = [claimField.period, claimField.metric, claimField.person, claimField.proposed, claimField.status, claimField.confirmedAt];

const fields: readonly FieldDefinition[] = [
  { id: claimField.period, type: 'text', label: '周期', required: true, maxLength: 32 },
  { id: claimField.metric, type: 'text', label: '指标', required: true, maxLength: 100 },
  { id: claimField.person, type: 'member', label: '认领人', required: true },
  { id: claimField.department, type: 'department', label: '部门' },
  { id: claimField.proposed, type: 'number', label: '认领目标', precision: 2, description: '本人提出的目标；仅确认下达目标时可为空' },
  { id: claimField.note, type: 'textarea', label: '认领说明', maxLength: 500 },
  {
    id: claimField.status,
    type: 'select',
    label: '状态',
    required: true,
    options: [{ value: 'proposed', label: '待审批' }, { value: 'approved', label: '已批准' }, { value: 'returned', label: '已退回' }, { value: 'confirmed', label: '已确认' }],
  },
  { id: claimField.approved, type: 'number', label: '批准目标', precision: 2 },
  { id: claimField.decisionNote, type: 'textarea', label: '审批意见', maxLength: 500 },
  { id: claimField.decidedBy, type: 'member', label: '审批人' },
  { id: claimField.decidedAt, type: 'datetime', label: '审批时间' },
  { id: claimField.confirmedAmount, type: 'number', label: '确认的目标', precision: 2 },
  { id: claimField.confirmedBy, type: 'member', label: '确认人' },
  { id: claimField.confirmedAt, type: 'datetime', label: '确认时间' },
];

/**
 * The claims form's first version. Only the claim routes write it (they check who may claim,
 * decide and confirm), so nobody but an admin submits or edits through the records API — a rep
 * who could would approve their own claim. Reps read their own rows, managers their departments'.
 */
export const claimsFormSchema: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '目标认领',
  description: '由目标认领功能创建：每条记录是一个人在一个周期内对某项指标的认领、审批与确认。',
  fields,
  settings: { access: { submit: { roles: ['admin'] }, rows: { member: 'own', manager: 'department', admin: 'all' }, edit: { member: 'none', manager: 'none' } } },
};

/** Whether a form is the app's claims form (see `claimField`). */
export function isClaimsForm(form: Form): boolean {
  if (form.archivedAt !== null || !form.published) return false;
  const ids = new Set(form.published.schema.fields.map((field) => field.id));
  return markerFields.every((id) => ids.has(id));
}

/** The app's claims form, the oldest if several carry the marker, or undefined. */
export async function findClaimsForm(stores: Pick<Stores, 'forms'>, appId: string): Promise<Form | undefined> {
  const forms = (await stores.forms.listByApp(appId)).filter(isClaimsForm);
  forms.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  return forms[0];
}

/** The app's claims form, created and published on first use inside `tx` (the caller's transaction). */
export async function ensureClaimsForm(context: Pick<ServerContext, 'now' | 'newId' | 'formPublishHooks'>, tx: Stores, appId: string, user: User): Promise<string> {
  const found = await findClaimsForm(tx, appId);
  if (found) return found.id;
  const id = context.newId('frm');
  await tx.forms.create({ id, appId, draft: claimsFormSchema, createdBy: user.id, createdAt: context.now() });
  await publishForm({ stores: tx, now: context.now, formPublishHooks: context.formPublishHooks }, id, user.id, undefined);
  return id;
}
