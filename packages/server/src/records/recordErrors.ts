import type { FieldError } from '@formwork/runtime';
import { HttpError, type ErrorDetail } from '../http/HttpError.js';

/** A detail naming the field at fault besides the pointer. */
export type FieldErrorDetail = ErrorDetail & { readonly fieldId: string };

/**
 * 400 `invalid_record`: the engine's (or the server's own) per-field errors, each with its field
 * id, its pointer into the request body (`/data/f_amount`) and its message in the caller's language.
 */
export function invalidRecord(errors: readonly FieldError[], prefix = '/data'): HttpError {
  const details: FieldErrorDetail[] = errors.map((error) => ({
    fieldId: error.fieldId,
    pointer: `${prefix}${error.pointer}`,
    code: error.code,
    message: error.message,
    ...(error.params ? { params: error.params } : {}),
  }));
  return new HttpError(400, 'invalid_record', { 'zh-CN': '记录有误，请检查标出的字段', en: 'The record is invalid; check the fields listed' }, details);
}

/** 409 `stale_record`: the record changed since the version in `If-Match`. */
export function staleRecord(currentVersion: number): HttpError {
  return new HttpError(
    409,
    'stale_record',
    { 'zh-CN': '记录已被他人修改，请刷新后再试', en: 'Someone else changed this record; reload and try again' },
    { currentVersion },
  );
}

/** 409 `record_deleted`: a change to a record in the trash (restore it first). */
export function recordDeleted(): HttpError {
  return new HttpError(409, 'record_deleted', { 'zh-CN': '记录已被删除，请先恢复', en: 'The record is deleted; restore it first' });
}

/** 409 `record_not_deleted`: restoring a record that is not in the trash. */
export function recordNotDeleted(): HttpError {
  return new HttpError(409, 'record_not_deleted', { 'zh-CN': '记录未被删除', en: 'The record is not deleted' });
}

/** 409 `duplicate_value`: a `unique` field's value is already held by another record. */
export function duplicateValue(fieldId: string, label: string, pointer = `/data/${fieldId}`): HttpError {
  const detail: FieldErrorDetail = {
    fieldId,
    pointer,
    code: 'unique',
    message: { 'zh-CN': `${label} 的值已被其他记录使用`, en: `${label}: another record already has this value` },
  };
  return new HttpError(409, 'duplicate_value', { 'zh-CN': `${label} 的值不能重复`, en: `${label} must be unique` }, [detail]);
}

/** 422 `idempotency_key_reused`: the same Idempotency-Key came with a different request. */
export function idempotencyKeyReused(): HttpError {
  return new HttpError(422, 'idempotency_key_reused', {
    'zh-CN': '此 Idempotency-Key 已用于另一个不同的请求',
    en: 'This Idempotency-Key was already used for a different request',
  });
}

/** 400 `invalid_idempotency_key`. */
export function invalidIdempotencyKey(): HttpError {
  return new HttpError(400, 'invalid_idempotency_key', {
    'zh-CN': 'Idempotency-Key 必须是 1 到 200 个可见字符',
    en: 'Idempotency-Key must be 1 to 200 visible characters',
  });
}

/** 400 `reason_required`: the form wants every change to its records to say why. */
export function reasonRequired(): HttpError {
  return new HttpError(400, 'reason_required', { 'zh-CN': '请填写修改原因', en: 'Give a reason for this change' }, [
    { pointer: '/reason', code: 'reason_required', message: { 'zh-CN': '此表单的数据修改须填写原因', en: 'Changes to this form’s records must give a reason' } },
  ]);
}

/** 409 `form_archived`: an archived form's records are read-only (and it takes no new ones). */
export function formArchived(): HttpError {
  return new HttpError(409, 'form_archived', { 'zh-CN': '表单已归档，数据只读', en: 'This form is archived; its records are read-only' });
}

/** 409 `form_not_archived`. */
export function formNotArchived(): HttpError {
  return new HttpError(409, 'form_not_archived', { 'zh-CN': '表单未归档', en: 'This form is not archived' });
}

/** 409 `form_not_published`: records need a published version to validate against. */
export function formNotPublished(): HttpError {
  return new HttpError(409, 'form_not_published', { 'zh-CN': '表单尚未发布', en: 'The form has not been published yet' });
}

/** 400 `invalid_batch`: a batch must either set fields or delete, not both and not neither. */
export function invalidBatch(): HttpError {
  return new HttpError(400, 'invalid_batch', {
    'zh-CN': '批量操作须二选一：set（修改字段）或 delete: true（删除）',
    en: 'A batch either sets fields (set) or deletes (delete: true), not both and not neither',
  });
}

/** 403 `import_not_allowed`: the form's `settings.access.import` does not let this role import (default: managers and admins). */
export function importNotAllowed(): HttpError {
  return new HttpError(403, 'import_not_allowed', {
    'zh-CN': '此表单不允许您的角色导入数据（默认仅管理员和主管可导入）',
    en: 'This form does not let your role import records (by default only managers and admins may)',
  });
}
