import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryValueKind } from '../../../query/QueryField.js';
import type { ValueColumn } from '../../../records/ValueColumn.js';
import { openPostgres } from '../openPostgres.js';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase.js';
import { compilePgCellEqualsSql } from '../sql/compilePgCellEqualsSql.js';
import { pgSql } from '../sql/PgFragment.js';
import { encodePgCell } from './encodePgCell.js';
import { ensurePgValueTable } from './ensurePgValueTable.js';
import { openPgValueTable } from './openPgValueTable.js';
import { pgValueRowOfBatch, pgValueRowOfRecord, writePgValueRows } from './pgValueRows.js';
import { createPgValueTableKnowledge } from './pgValueTableFacts.js';
import type { PgQueryable } from '../PgQueryable.js';

const column = (fieldId: string, kind: QueryValueKind, indexed = false): ValueColumn => ({ fieldId, kind, fieldType: 'text', indexed });

let database: TestDatabase;
let pool: Pool;

beforeAll(async () => {
  database = await createTestDatabase();
  pool = await openPostgres(database.url);
  await pool.query("INSERT INTO apps (id, name, created_at, updated_at) VALUES ('app_1', 'App', 0, 0)");
  for (const id of ['frm_a', 'frm_b', 'frm_c']) {
    await pool.query("INSERT INTO forms (id, app_id, title, draft_schema, draft_revision, created_at, updated_at) VALUES ($1, 'app_1', 'Form', '{}', 1, 0, 0)", [id]);
  }
});
afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

async function indexesOf(table: string): Promise<string[]> {
  const { rows } = await pool.query<{ indexdef: string }>('SELECT indexdef FROM pg_indexes WHERE tablename = $1 ORDER BY indexname', [table]);
  return rows.map((row) => row.indexdef.replace(/^CREATE (UNIQUE )?INDEX \S+ ON public\.\S+ /, ''));
}

async function typesOf(table: string): Promise<Record<string, string>> {
  const { rows } = await pool.query<{ attname: string; type: string }>(
    'SELECT attname, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped',
    [table],
  );
  return Object.fromEntries(rows.map((row) => [row.attname, row.type]));
}

describe('PostgreSQL value tables', () => {
  it('numbers each form once, also when several servers ask at once', async () => {
    const names = await Promise.all(['frm_a', 'frm_b', 'frm_a', 'frm_c', 'frm_b'].map((id) => openPgValueTable(pool, id, [])));
    expect(names[0]).toBe(names[2]);
    expect(names[1]).toBe(names[4]);
    expect(new Set(names).size).toBe(3);
    expect(names.every((name) => /^form_values_\d+$/.test(name))).toBe(true);
  });

  it('with facts, a table known to be current costs no query; a transaction’s facts count for others once it commits', async () => {
    const knowledge = createPgValueTableKnowledge();
    const queries: string[] = [];
    const counting: PgQueryable = { query: (text, values) => (queries.push(text), pool.query(text, values)) };
    const columns = [column('f_x', 'number'), column('f_y', 'text', true)];
    const name = await openPgValueTable(counting, 'frm_c', columns, {}, knowledge);
    const asked = queries.length;
    expect(asked).toBeGreaterThan(0);
    expect(await openPgValueTable(counting, 'frm_c', columns, { wanted: ['"v_f_y"'] }, knowledge)).toBe(name);
    expect(queries).toHaveLength(asked);
    // A column the facts lack is looked for, added and then known.
    await openPgValueTable(counting, 'frm_c', [...columns, column('f_z', 'date')], {}, knowledge);
    expect(queries.length).toBeGreaterThan(asked);
    expect((await typesOf(name))['v_f_z']).toBe('text');
    const after = queries.length;
    await openPgValueTable(counting, 'frm_c', [...columns, column('f_z', 'date')], {}, knowledge);
    expect(queries).toHaveLength(after);
    // A field of another kind now: the facts show the column mistyped, so the catalog is asked.
    await openPgValueTable(counting, 'frm_c', [column('f_x', 'text')], {}, knowledge);
    expect(queries.length).toBeGreaterThan(after);
    expect((await typesOf(name))['v_f_x']).toBe('text');

    const tx = knowledge.transaction();
    tx.learnTableNumber('frm_new', 99);
    expect(tx.tableNumber('frm_new')).toBe(99);
    expect(knowledge.tableNumber('frm_new')).toBeUndefined();
    tx.discard();
    expect(tx.tableNumber('frm_new')).toBeUndefined();
    tx.learnTableNumber('frm_new', 98);
    tx.commit();
    expect(knowledge.tableNumber('frm_new')).toBe(98);
    knowledge.forget();
    expect(knowledge.table(name)).toBeUndefined();
  });

  it('types each kind, indexes unique fields at once and others when a query first wants them', async () => {
    const columns = [column('f_n', 'number', true), column('f_t', 'text'), column('f_l', 'list'), column('f_a', 'any'), column('f_c', 'count'), column('fCamel', 'date')];
    await ensurePgValueTable(pool, 'form_values_901', columns);
    expect(await typesOf('form_values_901')).toMatchObject({ v_f_n: 'double precision', v_f_t: 'text', v_f_l: 'jsonb', v_f_a: 'jsonb', v_f_c: 'integer', v_fCamel: 'text', created_at: 'bigint', deleted: 'boolean' });
    expect((await indexesOf('form_values_901')).sort()).toEqual(['USING btree (owner_id)', 'USING btree (rid)', 'USING btree (v_f_n)']);
    await ensurePgValueTable(pool, 'form_values_901', columns, { wanted: ['"v_f_l"', '"v_fCamel"', 'owner_department_id'], covering: ['"v_f_t"', '"v_f_n"'] });
    // Asked again (another request, another server): nothing is added twice.
    await ensurePgValueTable(pool, 'form_values_901', columns, { wanted: ['"v_f_l"', '"v_fCamel"', 'owner_department_id'], covering: ['"v_f_t"', '"v_f_n"'] });
    const indexes = await indexesOf('form_values_901');
    expect(indexes).toHaveLength(7);
    expect(indexes).toEqual(expect.arrayContaining(['USING gin (v_f_l)', 'USING btree ("v_fCamel")', 'USING btree (owner_department_id)', 'USING btree (v_f_t, v_f_n) WHERE (NOT deleted)']));
    await expect(ensurePgValueTable(pool, 'form_values_901', columns, { wanted: ['"v_f_n"); DROP TABLE records; --'] })).rejects.toThrow(/not a column/);
  });

  it('retypes the column of a field that changed kind, emptied for the values to be rewritten', async () => {
    await ensurePgValueTable(pool, 'form_values_902', [column('f_x', 'text')]);
    await writePgValueRows(pool, 'form_values_902', [column('f_x', 'text')], [[1, 'false', null, 'usr_a', null, 5, 5, 'twelve']]);
    await ensurePgValueTable(pool, 'form_values_902', [column('f_x', 'number')]);
    expect((await typesOf('form_values_902'))['v_f_x']).toBe('double precision');
    const { rows } = await pool.query('SELECT "v_f_x" AS x FROM form_values_902');
    expect(rows).toEqual([{ x: null }]);
  });

  it('writes a record as its typed cells and overwrites it on replace', async () => {
    const columns = [column('f_n', 'number'), column('f_l', 'list'), column('f_a', 'any'), column('f_c', 'count'), column('f_t', 'text')];
    await ensurePgValueTable(pool, 'form_values_903', columns);
    const record = {
      seq: 7, id: 'rec_7', formId: 'frm_a', formVersion: 1, version: 1, creatorId: 'usr_a', creatorName: null, ownerId: 'usr_a', ownerDepartmentId: 'dep_1',
      createdAt: 1_700_000_000_123, updatedAt: 1_700_000_000_123, updatedBy: null, deletedAt: null, deletedBy: null,
      data: { f_n: 'about ten', f_l: ['a', '北'], f_a: 12.5, f_c: [{ id: 'fil_1' }, { id: 'fil_2' }], f_t: 42 },
    };
    await writePgValueRows(pool, 'form_values_903', columns, [pgValueRowOfRecord(record, columns)]);
    await writePgValueRows(pool, 'form_values_903', columns, [pgValueRowOfRecord({ ...record, deletedAt: 1, data: { f_n: 3 } }, columns)], true);
    await writePgValueRows(pool, 'form_values_903', columns, [pgValueRowOfBatch(8, { formId: 'frm_a', formVersion: 1, creatorId: 'usr_b', ownerId: 'usr_b', ownerDepartmentId: null, createdAt: 9, ids: ['rec_8'], json: ['{}'], cells: ['x', '["b"]', 'abc', 1, 'hi'] }, 0, columns)]);
    await writePgValueRows(pool, 'form_values_903', columns, [pgValueRowOfRecord({ ...record, seq: 9 }, columns)]);
    const { rows } = await pool.query('SELECT rid, deleted, owner_id, created_at, "v_f_n" AS n, "v_f_l" AS l, "v_f_a" AS a, "v_f_c" AS c, "v_f_t" AS t FROM form_values_903 ORDER BY rid');
    expect(rows).toEqual([
      { rid: 7, deleted: true, owner_id: 'usr_a', created_at: 1_700_000_000_123, n: 3, l: null, a: null, c: null, t: null },
      { rid: 8, deleted: false, owner_id: 'usr_b', created_at: 9, n: Number.NaN, l: ['b'], a: 'abc', c: 1, t: 'hi' },
      { rid: 9, deleted: false, owner_id: 'usr_a', created_at: 1_700_000_000_123, n: Number.NaN, l: ['a', '北'], a: 12.5, c: 2, t: '42' },
    ]);
  });

  it('finds a stored cell by its value, for unique checks, but never by a text kept in a number field', async () => {
    const columns = [column('f_n', 'number'), column('f_l', 'list'), column('f_a', 'any'), column('f_t', 'text')];
    const matches = async (fieldId: string, cell: string | number | null): Promise<number[]> => {
      const target = columns.find((candidate) => candidate.fieldId === fieldId) as ValueColumn;
      const query = pgSql`SELECT v.rid FROM form_values_903 v WHERE ${compilePgCellEqualsSql(target, cell, 'v')} ORDER BY v.rid`;
      const { rows } = await pool.query<{ rid: number }>(query.sql, [...query.params]);
      return rows.map((row) => row.rid);
    };
    expect(await matches('f_n', 3)).toEqual([7]);
    expect(await matches('f_n', 'about ten')).toEqual([]);
    expect(await matches('f_l', '["a","北"]')).toEqual([9]);
    expect(await matches('f_a', 'abc')).toEqual([8]);
    expect(await matches('f_a', 12.5)).toEqual([9]);
    expect(await matches('f_t', 42)).toEqual([9]);
    expect(await matches('f_t', null)).toEqual([]);
  });

  it('encodes a value of the wrong type so that queries still see it as SQLite does', () => {
    expect(encodePgCell('number', 'about ten')).toBe('NaN');
    expect(encodePgCell('list', 'not a list')).toBe('["not a list"]');
    expect(encodePgCell('count', 'x')).toBe(1);
    expect(encodePgCell('any', 5)).toBe('5');
    expect(encodePgCell('any', '5')).toBe('"5"');
    expect(encodePgCell('text', 12)).toBe('12');
  });
});
