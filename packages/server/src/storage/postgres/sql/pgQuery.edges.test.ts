import type { RecordData } from '@formwork/runtime';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AggregateQuery } from '../../../query/AggregateQuery.js';
import { parseRecordFilter } from '../../../query/parseRecordFilter.js';
import type { QueryField } from '../../../query/QueryField.js';
import { systemFields } from '../../../query/systemFields.js';
import type { StoredRecord } from '../../../records/StoredRecord.js';
import { openPostgres } from '../openPostgres.js';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase.js';
import { createTwinValueTables, queryFieldOf, testColumn } from './testing/twinValueTables.js';

/*
 * The cases where PostgreSQL's defaults differ from SQLite's, each on a few records whose answer
 * is written out: both databases must give it.
 */

const columns = [testColumn('f_m', 'number', 'number'), testColumn('f_t', 'text'), testColumn('f_d', 'date', 'date'), testColumn('f_dt', 'datetime', 'datetime'), testColumn('f_a', 'any', 'lookup')];
const fields = new Map<string, QueryField>([...systemFields.map((field) => [field.id, field] as const), ...columns.map((column) => [column.fieldId, queryFieldOf(column)] as const)]);
const field = (id: string): QueryField => fields.get(id) as QueryField;
const shanghai = { name: 'Asia/Shanghai', offsetMinutes: 480 };

/** Record n (seq n) holds `data`. */
const rows: RecordData[] = [
  /* 1 */ { f_m: 'about ten', f_t: '50%_off', f_d: '2020-12-31', f_dt: '2024-12-29T16:30:00.000Z', f_a: 10 },
  /* 2 */ { f_m: 5, f_t: '50x off', f_d: '2021-01-03', f_dt: '2024-12-29T04:00:00.000Z', f_a: 9 },
  /* 3 */ { f_t: 'ÉCOLE', f_d: '2021-01-04', f_a: '10' },
  /* 4 */ { f_m: -2.5, f_t: 'école', f_d: '2024-12-30', f_a: 'abc' },
  /* 5 */ { f_m: 5, f_t: 'Abc', f_d: '2026-01-01', f_a: -1 },
  /* 6 */ {},
];
const records: StoredRecord[] = rows.map((data, index) => ({
  seq: index + 1,
  id: `rec_${index + 1}`,
  formId: 'frm_edges',
  formVersion: 1,
  data,
  version: 1,
  creatorId: 'usr_a',
  creatorName: null,
  ownerId: 'usr_a',
  ownerDepartmentId: null,
  createdAt: Date.UTC(2025, 0, 1) + index,
  updatedAt: Date.UTC(2025, 0, 1) + index,
  updatedBy: null,
  deletedAt: null,
  deletedBy: null,
}));

let database: TestDatabase;
let pool: Pool;
let twin: Awaited<ReturnType<typeof createTwinValueTables>>;

beforeAll(async () => {
  database = await createTestDatabase();
  pool = await openPostgres(database.url);
  twin = await createTwinValueTables(pool, 1, columns, records);
});
afterAll(async () => {
  twin?.close();
  await pool?.end();
  await database?.drop();
});

/** The seqs a filter and sort select, on both databases (they must agree), walked one record per page. */
async function select(filter: unknown, sort: [string, 'asc' | 'desc'] | null = null): Promise<number[]> {
  const parsed = filter === null ? null : parseRecordFilter(filter, fields, shanghai);
  if (parsed && !parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const recordSort = sort ? { field: field(sort[0]), direction: sort[1] } : { field: null, direction: 'asc' as const };
  const { sqlite, pg } = await twin.walk({ kind: 'all' }, parsed ? parsed.predicate : null, recordSort, 1);
  expect(pg).toEqual(sqlite);
  return pg;
}

async function aggregate(query: Omit<AggregateQuery, 'filter' | 'sort' | 'limit'>, offsetMinutes = 480): Promise<unknown[][]> {
  const { sqlite, pg } = await twin.aggregate({ kind: 'all' }, { filter: null, sort: null, limit: 100, ...query }, offsetMinutes);
  expect(pg).toEqual(sqlite);
  return pg;
}

describe('PostgreSQL answers as SQLite where their defaults differ', () => {
  it('puts empty values first ascending and last descending, and keeps that order across pages', async () => {
    expect(await select(null, ['f_m', 'asc'])).toEqual([3, 6, 4, 2, 5, 1]);
    // Ties go by submission order in the sort's direction.
    expect(await select(null, ['f_m', 'desc'])).toEqual([1, 5, 2, 4, 6, 3]);
    expect(await select({ field: 'f_dt', op: 'not_empty' }, ['f_dt', 'desc'])).toEqual([1, 2]);
  });

  it('keeps a text left in a number field out of every comparison, yet not empty, and sorts it after the numbers', async () => {
    expect(await select({ field: 'f_m', op: 'gt', value: 0 })).toEqual([2, 5]);
    expect(await select({ field: 'f_m', op: 'range', value: [-100, 100] })).toEqual([2, 4, 5]);
    expect(await select({ field: 'f_m', op: 'lt', value: 1e9 })).toEqual([2, 4, 5]);
    expect(await select({ field: 'f_m', op: 'ne', value: 5 })).toEqual([1, 3, 4, 6]);
    expect(await select({ field: 'f_m', op: 'not_empty' })).toEqual([1, 2, 4, 5]);
    expect(await aggregate({ groups: [], measures: [{ id: 'n', op: 'count', field: field('f_m') }, { id: 's', op: 'sum', field: field('f_m') }] })).toEqual([[4, 7.5]]);
  });

  it("matches like as a substring, ASCII letters in any case, % and _ as themselves", async () => {
    expect(await select({ field: 'f_t', op: 'like', value: '50%' })).toEqual([1]);
    expect(await select({ field: 'f_t', op: 'like', value: '%_' })).toEqual([1]);
    expect(await select({ field: 'f_t', op: 'like', value: 'ABC' })).toEqual([5]);
    // É and é are not ASCII: SQLite's LIKE tells them apart, and so must PostgreSQL's.
    expect(await select({ field: 'f_t', op: 'like', value: 'écol' })).toEqual([4]);
    expect(await select({ field: 'f_t', op: 'like', value: 'COLE' })).toEqual([3, 4]);
  });

  it('sorts values of unknown type numbers first, numerically, then texts', async () => {
    expect(await select(null, ['f_a', 'asc'])).toEqual([6, 5, 2, 1, 3, 4]);
    expect(await select({ field: 'f_a', op: 'gt', value: 9 })).toEqual([1, 3, 4]);
    expect(await select({ field: 'f_a', op: 'eq', value: '10' })).toEqual([3]);
  });

  it('buckets ISO weeks by the ISO year at year ends, for dates and for date-times in the zone', async () => {
    expect(await aggregate({ groups: [{ field: field('f_d'), bucket: 'week', key: 'w' }], measures: [{ id: 'n', op: 'count', field: null }] })).toEqual([
      [null, 1],
      ['2020-W53', 2],
      ['2021-W01', 1],
      ['2025-W01', 1],
      ['2026-W01', 1],
    ]);
    // 2024-12-29 16:30 UTC is Monday 2024-12-30 in Shanghai (ISO 2025-W01), still Sunday in Bogotá.
    const week = { groups: [{ field: field('f_dt'), bucket: 'week' as const, key: 'w' }], measures: [{ id: 'n', op: 'count' as const, field: null }] };
    expect(await aggregate(week, 480)).toEqual([
      [null, 4],
      ['2024-W52', 1],
      ['2025-W01', 1],
    ]);
    expect(await aggregate(week, -300)).toEqual([
      [null, 4],
      ['2024-W52', 2],
    ]);
    expect(await aggregate({ groups: [{ field: field('f_d'), bucket: 'quarter', key: 'q' }], measures: [{ id: 'n', op: 'count', field: null }] })).toEqual([
      [null, 1],
      ['2020-Q4', 1],
      ['2021-Q1', 2],
      ['2024-Q4', 1],
      ['2026-Q1', 1],
    ]);
  });
});
