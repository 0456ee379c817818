import { parseScoringSchema, type JsonObject, type ScoringSchema } from '@formwork/runtime';
import { HttpError } from '../http/HttpError.js';

/** A published version was checked by the parser when it was published; parsing again migrates it to the engine's current version. */
export function publishedScheme(schema: JsonObject): ScoringSchema {
  const parsed = parseScoringSchema(schema);
  if (!parsed.ok) throw new HttpError(409, 'scoring_source_invalid', { 'zh-CN': '已发布的考核方案无法解析', en: 'The published scoring scheme no longer parses' }, parsed.errors);
  return parsed.value;
}
