import type { FieldDefinition, FormSchema } from '@formwork/runtime';
import { publishForm } from '../forms/publishForm.js';
import type { ServerContext } from '../ServerContext.js';
import type { Form } from '../storage/FormStore.js';
import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';

/**
 * The fields of the targets form the feature creates, by their stable ids. These ids are also
 * the form's marker: FormSchema has no free meta and its settings are checked strictly, so a form
 * of the app whose published version holds every one of them is the targets form — an admin may
 * relabel, reorder or add fields without losing it.
 */
export const targetField = {
  period: 'tgt_period',
  level: 'tgt_level',
  department: 'tgt_department',
  person: 'tgt_person',
  metric: 'tgt_metric',
  amount: 'tgt_amount',
  dimension: 'tgt_dimension',
  parent: 'tgt_parent',
  rule: 'tgt_rule',
  reason: 'tgt_reason',
} as const;

const markerFields: readonly string[] = [targetField.period, targetField.level, targetField.metric, targetField.amount, targetField.person, targetField.parent];

const fields: readonly FieldDefinition[] = [
  { id: targetField.period, type: 'text', label: '周期', required: true, maxLength: 32, description: '如 2026、2026-Q4、2026-11、2026-W48；按四周拆分的周为 2026-11#1' },
  { id: targetField.level, type: 'select', label: '层级', required: true, options: [{ value: 'company', label: '公司' }, { value: 'department', label: '部门' }, { value: 'person', label: '个人' }] },
  { id: targetField.department, type: 'department', label: '部门' },
  { id: targetField.person, type: 'member', label: '人员' },
  { id: targetField.metric, type: 'text', label: '指标', required: true, maxLength: 100, description: '与考核方案中同名指标项（id）对应，如 k_sales' },
  { id: targetField.amount, type: 'number', label: '目标值', required: true, precision: 2 },
  { id: targetField.dimension, type: 'text', label: '维度', maxLength: 100, description: '产品线、区域或客户类型；不填表示全部' },
  { id: targetField.parent, type: 'text', label: '上级目标', maxLength: 64, description: '分解自哪一条目标记录' },
  { id: targetField.rule, type: 'text', label: '分解规则', maxLength: 500 },
  { id: targetField.reason, type: 'textarea', label: '原因', maxLength: 500 },
];

/** The targets form's first version: reps read every target (a team's targets are no secret), only managers and admins write, every change says why. */
export const targetsFormSchema: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '目标',
  description: '由目标分解功能创建：每条记录是一个人、部门或公司在一个周期内某项指标的目标。每次调整都须写明原因。',
  fields,
  settings: { changeReason: 'required', access: { submit: { roles: ['admin', 'manager'] }, rows: { member: 'all', manager: 'all', admin: 'all' }, edit: { member: 'none', manager: 'visible' } } },
};

/** Whether a form is the app's targets form (see `targetField`). */
export function isTargetsForm(form: Form): boolean {
  if (form.archivedAt !== null || !form.published) return false;
  return hasTargetsMarker(form.published.schema);
}

/** Whether a form version holds every marker field of the targets form. */
export function hasTargetsMarker(schema: FormSchema): boolean {
  const ids = new Set(schema.fields.map((field) => field.id));
  return markerFields.every((id) => ids.has(id));
}

/** The app's targets form, the oldest if several carry the marker, or undefined. */
export async function findTargetsForm(stores: Pick<Stores, 'forms'>, appId: string): Promise<Form | undefined> {
  const forms = (await stores.forms.listByApp(appId)).filter(isTargetsForm);
  forms.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  return forms[0];
}

/** The app's targets form, created and published on first use inside `tx` (the caller's transaction). */
export async function ensureTargetsForm(context: Pick<ServerContext, 'now' | 'newId' | 'formPublishHooks'>, tx: Stores, appId: string, user: User): Promise<string> {
  const found = await findTargetsForm(tx, appId);
  if (found) return found.id;
  const id = context.newId('frm');
  await tx.forms.create({ id, appId, draft: targetsFormSchema, createdBy: user.id, createdAt: context.now() });
  await publishForm({ stores: tx, now: context.now, formPublishHooks: context.formPublishHooks }, id, user.id, undefined);
  return id;
}
