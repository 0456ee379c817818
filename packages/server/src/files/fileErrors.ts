import type { LocalizedText } from '@formwork/runtime';
import { HttpError } from '../http/HttpError.js';

/** 413 `file_too_large`. */
export function fileTooLarge(limitBytes: number): HttpError {
  const mb = Math.round((limitBytes / 1024 / 1024) * 10) / 10;
  return new HttpError(413, 'file_too_large', { 'zh-CN': `文件过大（上限 ${mb} MB）`, en: `The file is too large (limit ${mb} MB)` }, { limitBytes });
}

/** 400 `invalid_upload`: no file part, several, or a malformed multipart body. */
export function invalidUpload(text: LocalizedText = { 'zh-CN': '请以 multipart/form-data 上传一个名为 file 的文件', en: 'Upload one file in a multipart/form-data field named file' }): HttpError {
  return new HttpError(400, 'invalid_upload', text);
}

/** 415 `file_type_mismatch`: the bytes are not what the name or declared type claims. */
export function fileTypeMismatch(): HttpError {
  return new HttpError(415, 'file_type_mismatch', {
    'zh-CN': '文件内容与其类型不符（图片只接受 PNG、JPEG、GIF、WebP）',
    en: 'The file content does not match its type (images must be PNG, JPEG, GIF or WebP)',
  });
}
