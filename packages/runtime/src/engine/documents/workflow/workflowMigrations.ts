import { isJsonObject, type JsonObject } from '../JsonValue.js';
import type { DocumentMigrations } from '../migrateDocument.js';

/**
 * Version 1 said whether the initiator may withdraw with a boolean; version 2 has three policies
 * (never / until someone acts / any time). `true` meant "until someone acts", and that stays the
 * default, so only an explicit `false` needs saying as `never`.
 */
function withdrawPolicyFromFlag(document: JsonObject): JsonObject {
  const settings = document['settings'];
  if (!isJsonObject(settings) || !Object.hasOwn(settings, 'allowWithdraw')) return document;
  const { allowWithdraw, ...rest } = settings;
  // Anything but a boolean is left in place, for the meta-schema to name.
  if (typeof allowWithdraw !== 'boolean') return document;
  return { ...document, settings: { ...rest, withdraw: allowWithdraw ? 'untilActed' : 'never' } };
}

/**
 * Steps that bring older workflows forward, keyed by the version they start from (see
 * `migrateDocument`). Add the step here, with a test, when WORKFLOW_SCHEMA_VERSION is bumped.
 */
export const workflowMigrations: DocumentMigrations = {
  1: withdrawPolicyFromFlag,
};
