import Database from 'better-sqlite3';
import fc from 'fast-check';
import type { MeasureOp, TimeBucket } from '@formwork/runtime';
import { afterAll, describe, expect, it } from 'vitest';
import type { AggregateGroup, AggregateMeasure, AggregateQuery } from '../../../query/AggregateQuery.js';
import type { QueryField } from '../../../query/QueryField.js';
import { compileAggregateSql, twoLevel } from './compileAggregateSql.js';

const db = new Database(':memory:');
db.exec(`CREATE TABLE t (rid INTEGER PRIMARY KEY, deleted INTEGER NOT NULL, creator_id TEXT, owner_id TEXT, owner_department_id TEXT,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, "v_f_day" , "v_f_at", "v_f_n")`);
afterAll(() => db.close());

const field = (id: string, kind: QueryField['kind']): QueryField => ({ id, kind, system: id.startsWith('_'), removed: false });
const owner = field('_owner', 'text');
const day = field('f_day', 'date');
const at = field('f_at', 'datetime');
const created = field('_createdAt', 'timestamp');
const amount = field('f_n', 'number');
const offset = 480;

interface Row {
  deleted: boolean;
  owner: string;
  day: string | null;
  at: number | null;
  created: number;
  n: number | null;
}

const time = fc.integer({ min: Date.UTC(2023, 11, 20), max: Date.UTC(2025, 1, 10) });
const row = fc.record({
  deleted: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  owner: fc.constantFrom('usr_a', 'usr_b', 'usr_c'),
  day: fc.option(time.map((ms) => new Date(ms).toISOString().slice(0, 10)), { nil: null }),
  at: fc.option(time, { nil: null }),
  created: time,
  n: fc.option(fc.integer({ min: -50, max: 500 }), { nil: null }),
});

/** The reference: buckets computed in JavaScript, independently of SQLite's date functions. */
function bucketOf(value: string | number | null, kind: QueryField['kind'], bucket: TimeBucket | null): string | number | null {
  if (value === null) return null;
  if (bucket === null) return value;
  const local = kind === 'date' ? new Date(`${value}T00:00:00Z`) : new Date(Number(value) + offset * 60_000);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + 1;
  switch (bucket) {
    case 'day':
      return local.toISOString().slice(0, 10);
    case 'month':
      return local.toISOString().slice(0, 7);
    case 'quarter':
      return `${year}-Q${Math.floor((month + 2) / 3)}`;
    case 'year':
      return String(year);
    case 'week': {
      // ISO 8601: weeks start on Monday; a week belongs to the year of its Thursday.
      const thursday = new Date(local);
      thursday.setUTCDate(local.getUTCDate() - ((local.getUTCDay() + 6) % 7) + 3);
      const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
      firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
      const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
      return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
    }
  }
}

function expected(rows: readonly Row[], query: AggregateQuery): Map<string, (number | null)[]> {
  const groups = new Map<string, Row[]>();
  for (const item of rows) {
    if (item.deleted) continue;
    const keys = query.groups.map((group) => {
      const raw = group.field === owner ? item.owner : group.field === day ? item.day : group.field === at ? item.at : item.created;
      return bucketOf(raw, group.field.kind, group.bucket);
    });
    const key = JSON.stringify(keys);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const result = new Map<string, (number | null)[]>();
  for (const [key, members] of groups) {
    const values = members.map((member) => member.n).filter((n): n is number => n !== null);
    result.set(
      key,
      query.measures.map((measure) => {
        switch (measure.op) {
          case 'count':
            return measure.field ? values.length : members.length;
          case 'sum':
            return values.reduce((a, b) => a + b, 0);
          case 'avg':
            return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
          case 'min':
            return values.length === 0 ? null : Math.min(...values);
          case 'max':
            return values.length === 0 ? null : Math.max(...values);
          default:
            return null;
        }
      }),
    );
  }
  return result;
}

const buckets: TimeBucket[] = ['day', 'week', 'month', 'quarter', 'year'];
const groupArb: fc.Arbitrary<AggregateGroup[]> = fc
  .tuple(fc.boolean(), fc.constantFrom(day, at, created), fc.constantFrom(...buckets))
  .map(([withOwner, timeField, bucket]) => [
    ...(withOwner ? [{ field: owner, bucket: null, key: '_owner' }] : []),
    { field: timeField, bucket, key: `${timeField.id}:${bucket}` },
  ]);
const measureArb: fc.Arbitrary<AggregateMeasure[]> = fc
  .uniqueArray(fc.constantFrom<[MeasureOp, boolean]>(['count', false], ['count', true], ['sum', true], ['avg', true], ['min', true], ['max', true]), { minLength: 1, maxLength: 4, selector: (m) => m.join() })
  .map((list) => list.map(([op, withField], index) => ({ id: `m${index}`, op, field: withField ? amount : null })));

describe('compileAggregateSql', () => {
  it('gives, through its two levels, exactly the groups and measures computed directly', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), groupArb, measureArb, (rows, groups, measures) => {
        db.exec('DELETE FROM t');
        const insert = db.prepare('INSERT INTO t VALUES (NULL, ?, NULL, ?, NULL, ?, ?, ?, ?, ?)');
        for (const item of rows) insert.run(item.deleted ? 1 : 0, item.owner, item.created, item.created, item.day, item.at === null ? null : new Date(item.at).toISOString(), item.n);
        const query: AggregateQuery = { groups, measures, filter: null, sort: null, limit: 10_000 };
        expect(twoLevel(query)).toBe(true);
        const { sql, params } = compileAggregateSql(query, 't', { kind: 'all' }, offset);
        const actual = db.prepare(sql).raw().all(...params) as (string | number | null)[][];
        const want = expected(rows, query);
        expect(actual.length).toBe(want.size);
        for (const line of actual) {
          const key = JSON.stringify(line.slice(0, groups.length));
          const values = want.get(key);
          expect(values, key).toBeDefined();
          line.slice(groups.length).forEach((value, index) => {
            const target = values?.[index] ?? null;
            if (target === null) expect(value).toBeNull();
            else expect(value as number).toBeCloseTo(target, 9);
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});
