import type { FieldError } from '@formwork/runtime';
import { HttpError, type ErrorDetail } from '../http/HttpError.js';

/** 404 for a template name that is not shipped. */
export function unknownTemplate(name: string): HttpError {
  return new HttpError(404, 'unknown_template', { 'zh-CN': `没有名为“${name}”的模板`, en: `There is no template called "${name}"` });
}

/**
 * 500 `invalid_bundle`: a shipped template that does not parse or check is a fault of this server's
 * build, not of the request; the details point into the bundle (`/forms/3/schema/fields/2/formId`)
 * so whoever maintains it can fix it. Nothing was installed.
 */
export function invalidBundle(name: string, issues: readonly ErrorDetail[]): HttpError {
  return new HttpError(
    500,
    'invalid_bundle',
    { 'zh-CN': `模板“${name}”的应用包有误，未安装任何内容`, en: `The template "${name}" is broken; nothing was installed` },
    issues.map((issue) => ({ pointer: issue.pointer, code: issue.code, message: issue.message })),
  );
}

/**
 * 500 `invalid_sample_data`: a generated record failed its form's validation (the same gate as a
 * submit or an import). The whole install was rolled back; the details name the form, the
 * generated record and each field's error.
 */
export function invalidSampleRecord(name: string, formKey: string, sampleId: string, errors: readonly FieldError[]): HttpError {
  return new HttpError(
    500,
    'invalid_sample_data',
    {
      'zh-CN': `模板“${name}”的示例数据未通过表单“${formKey}”的校验（记录 ${sampleId}），未安装任何内容`,
      en: `The sample data of the template "${name}" failed the validation of the form "${formKey}" (record ${sampleId}); nothing was installed`,
    },
    { formKey, sampleId, errors: errors.map((error) => ({ pointer: error.pointer, code: error.code, message: error.message })) },
  );
}

/** 500 `invalid_sample_data` for a generated record whose unique value repeats another's. */
export function duplicateSampleValue(name: string, formKey: string, sampleId: string, label: string): HttpError {
  return new HttpError(
    500,
    'invalid_sample_data',
    {
      'zh-CN': `模板“${name}”的示例数据中，表单“${formKey}”的“${label}”有重复值（记录 ${sampleId}），未安装任何内容`,
      en: `The sample data of the template "${name}" repeats a value of "${label}" in the form "${formKey}" (record ${sampleId}); nothing was installed`,
    },
    { formKey, sampleId },
  );
}
