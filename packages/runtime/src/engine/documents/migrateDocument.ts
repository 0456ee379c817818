import type { DocumentIssue, ParseResult } from './DocumentIssue.js';
import type { JsonObject } from './JsonValue.js';
import { showValue } from './showValue.js';

/**
 * One step forward: takes a document of version `v` and returns it as version `v + 1`. Must be
 * pure (return a new object, never change its argument); `migrateDocument` sets `schemaVersion`.
 */
export type DocumentMigration = (document: JsonObject) => JsonObject;

/** Steps keyed by the version they start from: `{ 1: v1ToV2, 2: v2ToV3 }`. */
export type DocumentMigrations = Readonly<Record<number, DocumentMigration>>;

/**
 * Brings a document forward to `currentVersion`, one step at a time, as tldraw's record
 * migrations do. A document already current comes back unchanged (the same object); a migrated one
 * reports where it came from in `migratedFrom`. A missing or malformed `schemaVersion`, a version
 * newer than this Formwork knows, or a gap in the steps is an issue, never an exception.
 *
 * @example
 * migrateDocument({ kind: 'form', schemaVersion: 1, … }, { 1: addLayout }, 2)
 * // { ok: true, value: { kind: 'form', schemaVersion: 2, layout: …, … }, migratedFrom: 1 }
 */
export function migrateDocument(
  document: JsonObject,
  migrations: DocumentMigrations,
  currentVersion: number,
): ParseResult<JsonObject> {
  const version = document['schemaVersion'];
  if (version === undefined) return failure(missingVersion());
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return failure(invalidVersion(version));
  if (version > currentVersion) return failure(futureVersion(version, currentVersion));
  if (version === currentVersion) return { ok: true, value: document };

  let migrated = document;
  for (let step = version; step < currentVersion; step += 1) {
    const migration = Object.hasOwn(migrations, step) ? migrations[step] : undefined;
    if (migration === undefined) return failure(missingStep(step));
    try {
      migrated = { ...migration(migrated), schemaVersion: step + 1 };
    } catch (error) {
      return failure(failedStep(step, error instanceof Error ? error.message : String(error)));
    }
  }
  return { ok: true, value: migrated, migratedFrom: version };
}

function failure(issue: DocumentIssue): ParseResult<never> {
  return { ok: false, errors: [issue] };
}

function missingVersion(): DocumentIssue {
  return {
    pointer: '/schemaVersion',
    code: 'required',
    message: { 'zh-CN': '文档缺少“版本号”(schemaVersion)', en: 'The document is missing its schema version (schemaVersion)' },
  };
}

function invalidVersion(version: unknown): DocumentIssue {
  const shown = showValue(version);
  return {
    pointer: '/schemaVersion',
    code: 'invalidSchemaVersion',
    message: {
      'zh-CN': `“版本号”(schemaVersion) 应为正整数，而不是 ${shown}`,
      en: `The schema version (schemaVersion) must be a positive whole number, not ${shown}`,
    },
  };
}

function futureVersion(version: number, currentVersion: number): DocumentIssue {
  return {
    pointer: '/schemaVersion',
    code: 'futureSchemaVersion',
    message: {
      'zh-CN': `该文档由更新版本的 Formwork 制作（版本 ${version}，当前最多支持 ${currentVersion}），请先升级 Formwork`,
      en: `This document was made by a newer Formwork (schema version ${version}; this one reads up to ${currentVersion}). Upgrade Formwork to open it`,
    },
  };
}

function missingStep(step: number): DocumentIssue {
  return {
    pointer: '/schemaVersion',
    code: 'missingMigration',
    message: {
      'zh-CN': `无法从版本 ${step} 升级到 ${step + 1}：缺少对应的迁移步骤`,
      en: `Cannot upgrade from schema version ${step} to ${step + 1}: that migration step is missing`,
    },
  };
}

function failedStep(step: number, reason: string): DocumentIssue {
  return {
    pointer: '/schemaVersion',
    code: 'migrationFailed',
    message: {
      'zh-CN': `从版本 ${step} 升级到 ${step + 1} 时出错：${reason}`,
      en: `Upgrading from schema version ${step} to ${step + 1} failed: ${reason}`,
    },
  };
}
