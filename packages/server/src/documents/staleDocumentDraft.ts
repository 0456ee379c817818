import type { LocalizedText } from '@formwork/runtime';
import { HttpError } from '../http/HttpError.js';

/**
 * 409 `stale_draft` (the code forms use) for a draft changed since the caller read it, naming the
 * kind of document (`noun`, e.g. 仪表盘 / dashboard) in both languages; details carry the current
 * revision to reload.
 */
export function staleDocumentDraft(noun: LocalizedText, currentRevision: number): HttpError {
  return new HttpError(
    409,
    'stale_draft',
    { 'zh-CN': `${noun['zh-CN']}草稿已被他人修改，请刷新后再试`, en: `Someone else changed this ${noun.en}'s draft; reload and try again` },
    { currentRevision },
  );
}
