import type { FormworkApi } from '../api/FormworkApi.js';
import { findTargetsForm } from './findTargetsForm.js';

/** A single-choice field of the targets form a target may be split along (a product line, a region, a customer type). */
export interface DimensionField {
  readonly id: string;
  readonly label: string;
}

/**
 * The fields of the app's targets form that a decomposition may split along: the single-choice
 * fields (select or radio, with options) an admin added — the feature's own `tgt_*` fields (its
 * level is a select too) are not dimensions. None when the app has no targets form yet. The server
 * accepts the same fields (`org.to: 'dimension'`, `org.field`) and refuses any other.
 */
export async function readDimensionFields(api: Pick<FormworkApi, 'forms' | 'form'>, appId: string): Promise<readonly DimensionField[]> {
  const formId = await findTargetsForm(api, appId);
  if (formId === null) return [];
  const fields = (await api.form(formId)).published?.schema.fields ?? [];
  return fields.flatMap((field) => ((field.type === 'select' || field.type === 'radio') && !field.id.startsWith('tgt_') && field.options.length > 0 ? [{ id: field.id, label: field.label }] : []));
}
