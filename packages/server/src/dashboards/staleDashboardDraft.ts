import { HttpError } from '../http/HttpError.js';

/** 409 `stale_draft` (the code forms use) for a dashboard draft changed since the caller read it; details carry the current revision. */
export function staleDashboardDraft(currentRevision: number): HttpError {
  return new HttpError(
    409,
    'stale_draft',
    { 'zh-CN': '仪表盘草稿已被他人修改，请刷新后再试', en: "Someone else changed this dashboard's draft; reload and try again" },
    { currentRevision },
  );
}
