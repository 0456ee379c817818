import { roundDecimal } from '../../rules/values/roundDecimal.js';
import type { DocumentMigrations } from '../migrateDocument.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../JsonValue.js';

/**
 * Steps that bring older scoring schemes forward, keyed by the version they start from (see
 * `migrateDocument`). Add the step from the previous version here, with a test, whenever
 * SCORING_SCHEMA_VERSION is bumped.
 */
export const scoringMigrations: DocumentMigrations = {
  1: scoringV1ToV2,
};

/**
 * Version 2 adds derived and manual sources, so an item's source says which it is: every
 * version-1 source was an aggregate. Tiers now give a share of the weight (like grades) instead of
 * points, so that a weight set changing an item's weight scales its tiers with it: points p of an
 * item weighing w become p ÷ w × 100 %, kept to 6 decimal places (a weight of 30 and 10 points
 * give 33.333333 %, which scores 10.0 at any precision a scheme may ask for).
 *
 * Anything not shaped as version 1 expects is passed through untouched, for the meta-schema to report.
 */
function scoringV1ToV2(document: JsonObject): JsonObject {
  const items = document['items'];
  if (!Array.isArray(items)) return document;
  return { ...document, items: items.map(migrateItem) };
}

function migrateItem(item: JsonValue): JsonValue {
  if (!isJsonObject(item)) return item;
  const source = item['source'];
  const method = item['method'];
  const weight = item['weight'];
  return {
    ...item,
    ...(isJsonObject(source) && !('kind' in source) ? { source: { kind: 'aggregate', ...source } } : {}),
    ...(isJsonObject(method) && method['kind'] === 'tiers' && Array.isArray(method['tiers']) && typeof weight === 'number' && weight > 0
      ? { method: { ...method, tiers: method['tiers'].map((tier) => migrateTier(tier, weight)) } }
      : {}),
  };
}

function migrateTier(tier: JsonValue, weight: number): JsonValue {
  if (!isJsonObject(tier)) return tier;
  const { score, ...rest } = tier;
  if (typeof score !== 'number') return tier;
  return { ...rest, percent: roundDecimal((score / weight) * 100, 6) };
}
