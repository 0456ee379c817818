import type { DocumentIssue, LocalizedText } from '@formwork/runtime';
import { HttpError } from '../http/HttpError.js';

/**
 * 400 `invalid_schema` for a document of the kind `noun` names (仪表盘 / dashboard), listing each
 * fault's pointer (into the document), code and message.
 */
export function invalidDocumentSchema(noun: LocalizedText, issues: readonly DocumentIssue[]): HttpError {
  return new HttpError(
    400,
    'invalid_schema',
    { 'zh-CN': `${noun['zh-CN']}定义有误`, en: `The ${noun.en} schema is invalid` },
    issues.map((issue) => ({ pointer: issue.pointer, code: issue.code, message: issue.message })),
  );
}
