import fc from 'fast-check';
import type { MeasureOp, RecordData, TimeBucket } from '@formwork/runtime';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RowFilter } from '../../../permissions/resolveRowFilter.js';
import type { AggregateGroup, AggregateMeasure, AggregateQuery } from '../../../query/AggregateQuery.js';
import { parseRecordFilter } from '../../../query/parseRecordFilter.js';
import type { QueryField } from '../../../query/QueryField.js';
import { systemFields } from '../../../query/systemFields.js';
import type { StoredRecord } from '../../../records/StoredRecord.js';
import { openPostgres } from '../openPostgres.js';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase.js';
import { createTwinValueTables, queryFieldOf, testColumn } from './testing/twinValueTables.js';

/*
 * The PostgreSQL dialect against the SQLite one, on the same random records: every filter, every
 * sorted page walk and every aggregate must give the same answer on both. The records mix what
 * trips dialects up: negative and decimal numbers, non-ASCII and `%_` texts, empty values, lists,
 * dates around ISO year ends, date-times and time stamps seen from +08:00, -05:00 and +05:30.
 */

const columns = [
  testColumn('f_n', 'number', 'number'),
  testColumn('f_m', 'number', 'number'), // holds unconverted texts too
  testColumn('f_t', 'text'),
  testColumn('f_d', 'date', 'date'),
  testColumn('f_dt', 'datetime', 'datetime'),
  testColumn('f_l', 'list', 'checkbox'),
  testColumn('f_a', 'any', 'lookup'),
  testColumn('f_c', 'count', 'attachment'),
];
const fields = new Map<string, QueryField>([...systemFields.map((field) => [field.id, field] as const), ...columns.map((column) => [column.fieldId, queryFieldOf(column)] as const)]);
const field = (id: string): QueryField => fields.get(id) as QueryField;

const texts = ['abc', 'ABC', 'Abc d', 'ärger', 'Ärger', 'café', 'CAFÉ', '北京', '北京市', '50%_off', '50x off', 'a_b', 'aXb', 'x%y', 'Z', 'z', '"q"', 'a,b', '[x]'];
const listItems = ['a', 'A', 'b', '北', 'x%y', 'c"d', 'e,f'];
const likeTexts = ['a', 'B', 'É', 'é', 'ä', '%', '_', '50%', '%_', 'x%y', '北', '"', ',', '1', '5', '-', '"a"', 'a","b', '[', 'T0', ':3'];
const t0 = Date.UTC(2020, 11, 20);
const t1 = Date.UTC(2027, 0, 10);
const time = fc.integer({ min: t0, max: t1 });
const day = time.map((ms) => new Date(ms).toISOString().slice(0, 10));
const decimal = fc.integer({ min: -50_000, max: 50_000 }).map((n) => n / 100);
const number = fc.oneof(fc.integer({ min: -20, max: 20 }), decimal);
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 4 });

interface Seed {
  data: RecordData;
  deleted: boolean;
  owner: string;
  department: string | null;
  created: number;
}

const seedArb: fc.Arbitrary<Seed> = fc.record({
  data: fc
    .record({
      f_n: maybe(number),
      f_m: maybe(fc.oneof(number, fc.constant('about ten'))),
      f_t: maybe(fc.constantFrom(...texts)),
      f_d: maybe(day),
      f_dt: maybe(time.map((ms) => new Date(ms).toISOString())),
      f_l: maybe(fc.uniqueArray(fc.constantFrom(...listItems), { maxLength: 3 })),
      f_a: maybe(fc.oneof(number, fc.constantFrom(...texts))),
      f_c: maybe(fc.array(fc.constant({ id: 'fil_1' }), { maxLength: 2 })),
    })
    .map((data) => Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as RecordData),
  deleted: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  owner: fc.constantFrom('usr_a', 'usr_b', 'usr_c'),
  department: fc.constantFrom('dep_1', 'dep_2', null),
  created: time,
});

function recordsOf(seeds: readonly Seed[]): StoredRecord[] {
  return seeds.map((seed, index) => ({
    seq: index + 1,
    id: `rec_${index + 1}`,
    formId: 'frm_test',
    formVersion: 1,
    data: seed.data,
    version: 1,
    creatorId: seed.owner,
    creatorName: null,
    ownerId: seed.owner,
    ownerDepartmentId: seed.department,
    createdAt: seed.created,
    updatedAt: seed.created,
    updatedBy: null,
    deletedAt: seed.deleted ? seed.created : null,
    deletedBy: null,
  }));
}

// Filters in the API's own language, checked by parseRecordFilter: only what a client can send.
const operand: Record<string, fc.Arbitrary<unknown>> = {
  f_n: number,
  f_m: number,
  f_t: fc.constantFrom(...texts),
  f_d: day,
  f_dt: fc.oneof(day, time.map((ms) => new Date(ms).toISOString())),
  _createdAt: fc.oneof(day, time.map((ms) => new Date(ms).toISOString())),
  _owner: fc.constantFrom('usr_a', 'usr_b', 'usr_z'),
  f_l: fc.constantFrom(...listItems),
  f_a: fc.oneof(number, fc.constantFrom(...texts)),
};
const ordered = ['f_n', 'f_m', 'f_t', 'f_d', 'f_dt', '_createdAt', '_owner', 'f_a'];
const conditionArb = fc.oneof(
  fc.record({ field: fc.constantFrom(...ordered), op: fc.constantFrom('eq', 'ne', 'gt', 'lt') }).chain(({ field: id, op }) => (operand[id] as fc.Arbitrary<unknown>).map((value) => ({ field: id, op, value }))),
  fc.record({ field: fc.constantFrom(...ordered, 'f_l'), op: fc.constantFrom('in', 'nin') }).chain(({ field: id, op }) => fc.array(operand[id] as fc.Arbitrary<unknown>, { minLength: 1, maxLength: 3 }).map((value) => ({ field: id, op, value }))),
  fc.record({ field: fc.constant('f_l'), op: fc.constantFrom('eq', 'ne'), value: fc.constantFrom(...listItems) }),
  fc.record({ field: fc.constantFrom(...ordered.filter((id) => id !== '_owner')), op: fc.constant('range') }).chain(({ field: id }) =>
    fc.tuple(fc.option(operand[id] as fc.Arbitrary<unknown>), fc.option(operand[id] as fc.Arbitrary<unknown>)).filter(([a, b]) => a !== null || b !== null).map((value) => ({ field: id, op: 'range', value })),
  ),
  fc.record({ field: fc.constantFrom('f_t', 'f_d', 'f_dt', 'f_l', 'f_a'), op: fc.constant('like'), value: fc.constantFrom(...likeTexts) }),
  fc.record({ field: fc.constantFrom('f_n', 'f_m', 'f_t', 'f_d', 'f_dt', 'f_l', 'f_a', 'f_c', '_ownerDepartment'), op: fc.constantFrom('empty', 'not_empty') }),
);
const filterArb: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, conditionArb, fc.record({ and: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }), fc.record({ or: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) })),
})).node;

const scopeArb: fc.Arbitrary<RowFilter> = fc.constantFrom<RowFilter>(
  { kind: 'all' },
  { kind: 'own', userId: 'usr_a' },
  { kind: 'department', userId: 'usr_b', departmentIds: ['dep_1'] },
  { kind: 'department', userId: 'usr_c', departmentIds: [] },
);
const zones = [
  { name: 'Asia/Shanghai', offsetMinutes: 480 },
  { name: 'America/Bogota', offsetMinutes: -300 },
  { name: 'Asia/Kolkata', offsetMinutes: 330 },
];

const buckets: TimeBucket[] = ['day', 'week', 'month', 'quarter', 'year'];
const groupArb: fc.Arbitrary<AggregateGroup> = fc.oneof(
  fc.constantFrom('_owner', '_ownerDepartment', 'f_t', 'f_n', 'f_a', 'f_l', 'f_d').map((id) => ({ field: field(id), bucket: null, key: id })),
  fc.tuple(fc.constantFrom('f_d', 'f_dt', '_createdAt'), fc.constantFrom(...buckets)).map(([id, bucket]) => ({ field: field(id), bucket, key: `${id}:${bucket}` })),
);
const measureArb: fc.Arbitrary<[MeasureOp, string | null]> = fc.oneof(
  fc.constant<[MeasureOp, string | null]>(['count', null]),
  fc.tuple(fc.constantFrom<MeasureOp>('count', 'sum', 'avg', 'min', 'max', 'distinct'), fc.constantFrom('f_n', 'f_a')),
  fc.tuple(fc.constantFrom<MeasureOp>('count', 'sum', 'avg'), fc.constant('f_m')),
  fc.tuple(fc.constantFrom<MeasureOp>('count', 'min', 'max', 'distinct'), fc.constantFrom('f_t', 'f_d', 'f_dt', '_createdAt')),
  fc.tuple(fc.constantFrom<MeasureOp>('count', 'distinct'), fc.constant('f_l')),
);

let database: TestDatabase;
let pool: Pool;
let twins: Awaited<ReturnType<typeof createTwinValueTables>>[];

beforeAll(async () => {
  database = await createTestDatabase();
  pool = await openPostgres(database.url);
  twins = [];
  // Three worlds: a few rows (edges dominate), a few hundred, and one where most values are empty.
  const sizes = [12, 400, 150];
  for (const [index, size] of sizes.entries()) {
    const seeds = fc.sample(seedArb, { numRuns: size, seed: 1000 + index });
    const records = recordsOf(index === 2 ? seeds.map((seed, at) => (at % 4 === 0 ? seed : { ...seed, data: {} })) : seeds);
    twins.push(await createTwinValueTables(pool, index + 1, columns, records));
  }
});
afterAll(async () => {
  for (const twin of twins ?? []) twin.close();
  await pool?.end();
  await database?.drop();
});

describe('the PostgreSQL record query dialect', () => {
  it('selects and orders exactly the records SQLite does, page by page through the cursors', async () => {
    const sortArb = fc.option(fc.tuple(fc.constantFrom('f_n', 'f_m', 'f_t', 'f_d', 'f_dt', 'f_a', '_createdAt', '_owner', '_ownerDepartment'), fc.constantFrom<'asc' | 'desc'>('asc', 'desc')));
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(twins.length - 1), fc.option(filterArb, { freq: 5 }), sortArb, scopeArb, fc.integer({ min: 1, max: 40 }), fc.nat(zones.length - 1), async (world, filter, sort, scope, limit, zone) => {
        const parsed = filter === null ? null : parseRecordFilter(filter, fields, zones[zone] as (typeof zones)[number]);
        if (parsed && !parsed.ok) return;
        const predicate = parsed ? parsed.predicate : null;
        const recordSort = sort ? { field: field(sort[0]), direction: sort[1] } : { field: null, direction: 'desc' as const };
        const twin = twins[world] as (typeof twins)[number];
        const { sqlite, pg } = await twin.walk(scope, predicate, recordSort, limit);
        expect(pg, JSON.stringify({ filter, sort, scope })).toEqual(sqlite);
        compared++;
      }),
      { numRuns: 400, seed: 42 },
    );
    expect(compared).toBeGreaterThan(300);
  });

  it('computes the same groups, measures, order and cut as SQLite, time buckets and list groups included', async () => {
    let compared = 0;
    let rows = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat(twins.length - 1),
        fc.uniqueArray(groupArb, { maxLength: 2, selector: (group) => group.key }).filter((groups) => groups.filter((group) => group.field.kind === 'list').length <= 1),
        fc.uniqueArray(measureArb, { minLength: 1, maxLength: 4, selector: (measure) => measure.join() }),
        fc.option(filterArb, { freq: 3 }),
        scopeArb,
        fc.nat(zones.length - 1),
        fc.option(fc.tuple(fc.nat(5), fc.constantFrom<'asc' | 'desc'>('asc', 'desc'))),
        fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constant(10_000)),
        async (world, groups, measureList, filter, scope, zone, sortPick, limit) => {
          const timeZone = zones[zone] as (typeof zones)[number];
          const parsed = filter === null ? null : parseRecordFilter(filter, fields, timeZone);
          if (parsed && !parsed.ok) return;
          const measures: AggregateMeasure[] = measureList.map(([op, id], index) => ({ id: `m${index}`, op, field: id === null ? null : field(id) }));
          const names = [...groups.map((group) => group.key), ...measures.map((measure) => measure.id)];
          // Sorting by a sum or an average would compare floating sums, which the two databases add in another order.
          const sortable = names.filter((name) => !measures.some((measure) => measure.id === name && (measure.op === 'sum' || measure.op === 'avg')));
          const by = sortPick && sortable.length > 0 ? sortable[sortPick[0] % sortable.length] : undefined;
          const query: AggregateQuery = { groups, measures, filter: parsed ? parsed.predicate : null, sort: by && sortPick ? { by, direction: sortPick[1] } : null, limit };
          const twin = twins[world] as (typeof twins)[number];
          const { sqlite, pg } = await twin.aggregate(scope, query, timeZone.offsetMinutes);
          const context = JSON.stringify({ groups: groups.map((group) => group.key), measures: measureList, filter, scope, sort: query.sort, offset: timeZone.offsetMinutes });
          expect(pg.length, context).toBe(sqlite.length);
          compared++;
          rows += sqlite.length;
          sqlite.forEach((row, index) => {
            const other = pg[index] as (typeof pg)[number];
            expect(other.slice(0, groups.length), context).toEqual(row.slice(0, groups.length));
            row.slice(groups.length).forEach((value, at) => {
              const pgValue = other[groups.length + at];
              if (typeof value === 'number' && typeof pgValue === 'number') expect(pgValue, context).toBeCloseTo(value, 6);
              else expect(pgValue, context).toEqual(value);
            });
          });
        },
      ),
      { numRuns: 400, seed: 7 },
    );
    expect(compared).toBeGreaterThan(300);
    expect(rows).toBeGreaterThan(2000);
  });
});
