import type { FormPublishHook } from '../forms/FormPublishHook.js';
import { HttpError } from '../http/HttpError.js';
import { findPublicFormBlockers } from './findPublicFormBlockers.js';

/**
 * Refuses to publish a form whose public link is on while it holds fields a stranger cannot fill
 * (see `findPublicFormBlockers`): 400 `public_form_field`, each field's pointer into the schema.
 * Checked at publish, so a live public form never holds one.
 */
export const publicLinkPublishHook: FormPublishHook = {
  name: 'publicLink',
  // async: the hook's contract is a promise; this one only reads the new schema.
  async onPublish({ next }) {
    if (next.schema.settings?.publicLink?.enabled !== true) return undefined;
    const blockers = findPublicFormBlockers(next.schema);
    if (blockers.length === 0) return undefined;
    throw new HttpError(
      400,
      'public_form_field',
      { 'zh-CN': '公开表单不能包含成员、部门、关联数据或文件字段', en: 'A public form cannot hold member, department, linked-record or file fields' },
      blockers.map(({ pointer, field }) => ({
        pointer,
        code: 'publicFormField',
        message: {
          'zh-CN': `“${field.label}”需要登录才能填写，公开表单中不能使用`,
          en: `“${field.label}” needs a signed-in user and cannot be in a public form`,
        },
        params: { fieldId: field.id, type: field.type },
      })),
    );
  },
};
