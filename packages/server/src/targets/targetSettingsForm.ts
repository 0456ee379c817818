import type { FieldDefinition, FormSchema } from '@formwork/runtime';
import { publishForm } from '../forms/publishForm.js';
import type { ServerContext } from '../ServerContext.js';
import type { Form } from '../storage/FormStore.js';
import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';

/**
 * The app's targets settings, kept as the one record of a settings form the feature creates (an
 * app has no settings of its own): so every change of a setting has its history — who, when, why —
 * as the targets do. The field ids are the form's marker.
 */
export const targetSettingField = {
  maxChanges: 'tgs_max_changes',
} as const;

const fields: readonly FieldDefinition[] = [
  {
    id: targetSettingField.maxChanges,
    type: 'number',
    label: '每个周期目标最多调整次数',
    precision: 0,
    min: 0,
    description: '一个人、部门或公司在一个周期的某项指标目标，写入后最多还能调整几次；不填表示不限',
  },
];

/** The settings form's first version: only admins write it (the settings route); everyone may read it. */
export const targetSettingsFormSchema: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '目标设置',
  description: '由目标功能创建：应用的目标设置（如每个周期目标最多调整几次），只有一条记录。',
  fields,
  settings: { access: { submit: { roles: ['admin'] }, rows: { member: 'all', manager: 'all', admin: 'all' }, edit: { member: 'none', manager: 'none' } } },
};

/** Whether a form is the app's targets settings form. */
export function isTargetSettingsForm(form: Form): boolean {
  if (form.archivedAt !== null || !form.published) return false;
  return form.published.schema.fields.some((field) => field.id === targetSettingField.maxChanges);
}

/** The app's targets settings form, the oldest if several carry the marker, or undefined. */
export async function findTargetSettingsForm(stores: Pick<Stores, 'forms'>, appId: string): Promise<Form | undefined> {
  const forms = (await stores.forms.listByApp(appId)).filter(isTargetSettingsForm);
  forms.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  return forms[0];
}

/** The app's targets settings form, created and published on first use inside `tx`. */
export async function ensureTargetSettingsForm(context: Pick<ServerContext, 'now' | 'newId' | 'formPublishHooks'>, tx: Stores, appId: string, user: User): Promise<string> {
  const found = await findTargetSettingsForm(tx, appId);
  if (found) return found.id;
  const id = context.newId('frm');
  await tx.forms.create({ id, appId, draft: targetSettingsFormSchema, createdBy: user.id, createdAt: context.now() });
  await publishForm({ stores: tx, now: context.now, formPublishHooks: context.formPublishHooks }, id, user.id, undefined);
  return id;
}
