import { HttpError } from '../http/HttpError.js';
import type { FieldErrorDetail } from '../records/recordErrors.js';

/**
 * 403 `field_read_only`: a write changed a field the caller's role may not change
 * (`settings.access.fields`: `read` or `hidden`), named by its label. Sending a value back
 * unchanged is no change and never refused.
 */
export function fieldReadOnly(fieldId: string, label: string, pointer = `/data/${fieldId}`): HttpError {
  const detail: FieldErrorDetail = { fieldId, pointer, code: 'read_only', message: { 'zh-CN': `“${label}”对您的角色只读`, en: `"${label}" is read-only for your role` } };
  return new HttpError(
    403,
    'field_read_only',
    { 'zh-CN': `您的角色不能修改字段“${label}”`, en: `Your role may not change the field "${label}"` },
    [detail],
  );
}
