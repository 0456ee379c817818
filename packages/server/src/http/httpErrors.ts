import { HttpError, type ErrorDetail } from './HttpError.js';

/** The errors every router shares, each with its code and both languages in one place. */

export function unauthenticated(): HttpError {
  return new HttpError(401, 'unauthenticated', { 'zh-CN': '请先登录', en: 'Please sign in first' });
}

export function sessionExpired(): HttpError {
  return new HttpError(401, 'session_expired', { 'zh-CN': '登录已过期，请重新登录', en: 'Your session has ended; please sign in again' });
}

export function forbidden(): HttpError {
  return new HttpError(403, 'forbidden', { 'zh-CN': '没有权限执行此操作', en: 'You are not allowed to do this' });
}

/** Also what a caller gets for something that exists but is outside their scope: no leaks. */
export function notFound(): HttpError {
  return new HttpError(404, 'not_found', { 'zh-CN': '找不到请求的内容', en: 'Not found' });
}

export function invalidJson(): HttpError {
  return new HttpError(400, 'invalid_json', { 'zh-CN': '请求体不是有效的 JSON', en: 'The request body is not valid JSON' });
}

export function bodyTooLarge(limitBytes: number): HttpError {
  const kb = Math.round(limitBytes / 1024);
  return new HttpError(
    413,
    'body_too_large',
    { 'zh-CN': `请求体过大（上限 ${kb} KB）`, en: `The request body is too large (limit ${kb} KB)` },
    { limitBytes },
  );
}

export function jsonTooDeep(maxDepth: number): HttpError {
  return new HttpError(
    400,
    'json_too_deep',
    { 'zh-CN': `JSON 嵌套层级过深（上限 ${maxDepth} 层）`, en: `The JSON is nested too deeply (limit ${maxDepth} levels)` },
    { maxDepth },
  );
}

export function forbiddenKey(pointer: string, key: string): HttpError {
  return new HttpError(
    400,
    'forbidden_key',
    { 'zh-CN': `请求中不允许出现键名 "${key}"`, en: `The key "${key}" is not allowed in a request` },
    [{ pointer, code: 'forbidden_key', message: { 'zh-CN': `不允许的键名 "${key}"`, en: `Key "${key}" is not allowed` } }],
  );
}

export function invalidBody(details: readonly ErrorDetail[]): HttpError {
  return new HttpError(400, 'invalid_body', { 'zh-CN': '请求内容有误', en: 'The request is invalid' }, details);
}

export function invalidQuery(details: readonly ErrorDetail[]): HttpError {
  return new HttpError(400, 'invalid_query', { 'zh-CN': '查询参数有误', en: 'The query parameters are invalid' }, details);
}

export function unsupportedMediaType(): HttpError {
  return new HttpError(415, 'unsupported_media_type', {
    'zh-CN': '请以 Content-Type: application/json 发送 JSON',
    en: 'Send JSON with Content-Type: application/json',
  });
}

/** 415 for an upload (multipart, or a raw file to an upload route) that lacks the CSRF header. */
export function requestedWithRequired(): HttpError {
  return new HttpError(415, 'requested_with_required', {
    'zh-CN': '上传文件须带请求头 X-Requested-With（任意值），以防跨站请求',
    en: 'Uploads must carry the X-Requested-With header (any value), which guards against cross-site requests',
  });
}

export function crossSiteRequest(): HttpError {
  return new HttpError(403, 'cross_site_request', {
    'zh-CN': '拒绝来自其他站点的请求',
    en: 'Requests from other sites are refused',
  });
}

export function tooManyAttempts(retryAfterSeconds: number): HttpError {
  return new HttpError(
    429,
    'too_many_attempts',
    {
      'zh-CN': `登录失败次数过多，请 ${retryAfterSeconds} 秒后再试`,
      en: `Too many failed sign-ins; try again in ${retryAfterSeconds} seconds`,
    },
    { retryAfterSeconds },
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

export function internalError(): HttpError {
  return new HttpError(500, 'internal_error', { 'zh-CN': '服务器内部错误', en: 'Internal server error' });
}
