import { describe, expect, it } from 'vitest';
import type { JsonObject } from './JsonValue.js';
import { migrateDocument, type DocumentMigrations } from './migrateDocument.js';

/** A made-up history, for the mechanism only: v1 named the title `name`, v2 had no `fields`. */
const migrations: DocumentMigrations = {
  1: ({ name, ...rest }) => ({ ...rest, title: name ?? '' }),
  2: (document) => ({ ...document, fields: [] }),
};

describe('migrateDocument', () => {
  it('applies every step from the document version to the current one, in order', () => {
    const v1 = { kind: 'form', schemaVersion: 1, name: 'Orders' };
    expect(migrateDocument(v1, migrations, 3)).toEqual({ ok: true, value: { kind: 'form', schemaVersion: 3, title: 'Orders', fields: [] }, migratedFrom: 1 });
  });

  it('starts from the document version', () => {
    const v2 = { kind: 'form', schemaVersion: 2, title: 'Orders' };
    expect(migrateDocument(v2, migrations, 3)).toEqual({ ok: true, value: { kind: 'form', schemaVersion: 3, title: 'Orders', fields: [] }, migratedFrom: 2 });
  });

  it('returns a current document as it is, without migratedFrom', () => {
    const v3 = { kind: 'form', schemaVersion: 3, title: 'Orders', fields: [] };
    const result = migrateDocument(v3, migrations, 3);
    expect(result).toEqual({ ok: true, value: v3 });
    expect(result.ok && result.value).toBe(v3);
  });

  it('never changes its input', () => {
    const v1: JsonObject = Object.freeze({ kind: 'form', schemaVersion: 1, name: 'Orders' });
    migrateDocument(v1, migrations, 3);
    expect(v1).toEqual({ kind: 'form', schemaVersion: 1, name: 'Orders' });
  });

  it('refuses a gap in the steps, naming it', () => {
    const result = migrateDocument({ schemaVersion: 1, name: 'x' }, { 1: migrations[1] as NonNullable<DocumentMigrations[1]> }, 3);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ pointer: '/schemaVersion', code: 'missingMigration' })] });
    if (!result.ok) expect(result.errors[0]?.message.en).toContain('from schema version 2 to 3');
  });

  it('refuses a document made by a newer Formwork', () => {
    const result = migrateDocument({ schemaVersion: 4 }, migrations, 3);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.code).toBe('futureSchemaVersion');
    expect(result.errors[0]?.message.en).toContain('made by a newer Formwork');
    expect(result.errors[0]?.message['zh-CN']).toContain('更新版本的 Formwork');
  });

  it.each([
    ['missing', undefined, 'required'],
    ['zero', 0, 'invalidSchemaVersion'],
    ['a fraction', 1.5, 'invalidSchemaVersion'],
    ['a string', '1', 'invalidSchemaVersion'],
  ])('refuses a schemaVersion that is %s', (_name, schemaVersion, code) => {
    const document: JsonObject = schemaVersion === undefined ? { kind: 'form' } : { kind: 'form', schemaVersion };
    expect(migrateDocument(document, migrations, 3)).toEqual({ ok: false, errors: [expect.objectContaining({ pointer: '/schemaVersion', code })] });
  });

  it('reports a step that throws instead of throwing', () => {
    const failing: DocumentMigrations = {
      1: () => {
        throw new Error('bad data');
      },
    };
    const result = migrateDocument({ schemaVersion: 1 }, failing, 2);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'migrationFailed' })] });
    if (!result.ok) expect(result.errors[0]?.message.en).toContain('bad data');
  });
});
