import type { FormworkApi } from '../api/FormworkApi.js';

/** The field ids the server's targets form carries (`server/src/targets/targetsForm.ts`); a form with them all is it. */
const markerFields: readonly string[] = ['tgt_period', 'tgt_level', 'tgt_metric', 'tgt_amount', 'tgt_person', 'tgt_parent'];

/**
 * The id of the app's targets form, or null when the app has none yet (the first decomposition
 * creates it). Its title may have been changed, so its fields decide: forms titled 目标 are looked
 * at first, then the rest, one request each until found.
 */
export async function findTargetsForm(api: Pick<FormworkApi, 'forms' | 'form'>, appId: string): Promise<string | null> {
  const forms = (await api.forms(appId)).filter((form) => form.publishedVersion !== null && !form.archivedAt);
  const ordered = [...forms.filter(({ title }) => title === '目标'), ...forms.filter(({ title }) => title !== '目标')];
  for (const summary of ordered) {
    const form = await api.form(summary.id);
    const ids = new Set(form.published?.schema.fields.map(({ id }) => id) ?? []);
    if (markerFields.every((id) => ids.has(id))) return form.id;
  }
  return null;
}
