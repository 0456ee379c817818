import type { RowFilter } from '../../../permissions/resolveRowFilter.js';
import type { AggregateMeasure, AggregateQuery } from '../../../query/AggregateQuery.js';
import type { QueryValueKind } from '../../../query/QueryField.js';
import { compilePgSelectionSql } from './compilePgSelectionSql.js';
import { pgRaw, pgSql, type PgFragment } from './PgFragment.js';
import { anyNumberSql, anySummandSql, anyTextSql, directed, orderTermsOf } from './pgValueSql.js';
import { pgTimeBucketSql } from './pgTimeBucketSql.js';
import { queryColumnOf } from '../../sqlColumns/queryColumnOf.js';

/**
 * One SELECT computing an aggregate over a form's PostgreSQL value table, with the rows SQLite's
 * `compileAggregateSql` gives: groups as `g0, g1…`, measures as `m0, m1…`, live records only,
 * inside the row scope, filtered, `limit + 1` rows, in the same order (NULLs first ascending,
 * texts in byte order, for `any` numbers before texts).
 *
 * The same two-level plan for time buckets (group the raw values, then bucket the partial
 * groups); list groups unnest the jsonb array (one row per item). The grouping runs in a
 * subquery and the ordering outside it, because an `any` key or measure sorts by expressions of
 * the result. Measures come back as double precision (never pg's bigint strings), `any` min/max as
 * jsonb (a number or a text); NaN (a text kept in a number field) is left out of sums, averages,
 * minimums and maximums but counted by `count`, as SQLite counts the text.
 *
 * @example
 * compilePgAggregateSql(query, 'form_values_3', { kind: 'all' }, 480).sql
 * // SELECT * FROM (SELECT o.r0 AS g0, to_char(…) AS g1, coalesce(sum(o.p0), 0)::float8 AS m0
 * //   FROM (SELECT v.owner_id AS r0, … GROUP BY r0, r1) AS o GROUP BY g0, g1) AS a
 * // ORDER BY a.g0 COLLATE "C" ASC NULLS FIRST, … LIMIT $1
 */
export function compilePgAggregateSql(query: AggregateQuery, table: string, scope: RowFilter, offsetMinutes: number): PgFragment {
  const where = pgSql`WHERE ${compilePgSelectionSql({ scope, filter: query.filter, state: 'live' }, 'v')}`;
  const groupNames = query.groups.map((_, index) => `g${index}`);
  const groupBy = groupNames.length > 0 ? ` GROUP BY ${groupNames.join(', ')}` : '';
  const bucket = (column: string, index: number): string => {
    const group = query.groups[index];
    return group?.bucket ? pgTimeBucketSql(column, group.field.kind, group.bucket, offsetMinutes) : column;
  };
  const order = orderBy(query);
  const tail = pgSql`${pgRaw(order === '' ? '' : ` ORDER BY ${order}`)} LIMIT ${query.limit + 1}`;

  if (twoLevelPg(query)) {
    const inner: string[] = [];
    const outer: string[] = [];
    query.groups.forEach((group, index) => {
      inner.push(`v.${queryColumnOf(group.field)} AS r${index}`);
      outer.push(`${bucket(`o.r${index}`, index)} AS g${index}`);
    });
    query.measures.forEach((measure, index) => {
      const partial = partialMeasureSql(measure, index);
      inner.push(...partial.inner);
      outer.push(`${partial.outer} AS m${index}`);
    });
    const rawNames = query.groups.map((_, index) => `r${index}`).join(', ');
    const grouped = pgSql`SELECT ${pgRaw(outer.join(', '))} FROM (SELECT ${pgRaw(inner.join(', '))} FROM ${pgRaw(table)} AS v ${where} GROUP BY ${pgRaw(rawNames)}) AS o${pgRaw(groupBy)}`;
    return pgSql`SELECT * FROM (${grouped}) AS a${tail}`;
  }

  const from = [`${table} AS v`];
  const selects: string[] = [];
  query.groups.forEach((group, index) => {
    let column = `v.${queryColumnOf(group.field)}`;
    if (group.field.kind === 'list') {
      // One row per item of the list: a record with two tags counts in both groups.
      from.push(`CROSS JOIN LATERAL jsonb_array_elements_text(v.${queryColumnOf(group.field)}) AS j${index}(value)`);
      column = `(j${index}.value COLLATE "C")`;
    }
    selects.push(`${keySql(bucket(column, index), group.field.kind, group.bucket !== null)} AS g${index}`);
  });
  query.measures.forEach((measure, index) => selects.push(`${measureSql(measure)} AS m${index}`));
  const grouped = pgSql`SELECT ${pgRaw(selects.join(', '))} FROM ${pgRaw(from.join(' '))} ${where}${pgRaw(groupBy)}`;
  return pgSql`SELECT * FROM (${grouped}) AS a${tail}`;
}

/** Whether the query buckets a time field and every measure combines from partial groups (as SQLite's `twoLevel`). */
export function twoLevelPg(query: AggregateQuery): boolean {
  return (
    query.groups.some((group) => group.bucket !== null) &&
    query.groups.every((group) => group.field.kind !== 'list') &&
    query.measures.every((measure) => measure.op !== 'distinct')
  );
}

/** A group key as the client gets it: time stamps as numbers, not pg's bigint strings. */
function keySql(expression: string, kind: QueryValueKind, bucketed: boolean): string {
  return !bucketed && kind === 'timestamp' ? `${expression}::float8` : expression;
}

/**
 * The values a sum or an average adds up: for `any`, a text's leading number, as SQLite adds it;
 * for `number`, NaN (an unconverted text) left out — its text is not in the column to read.
 */
function numericOf(measure: AggregateMeasure, column: string): string {
  return measure.field?.kind === 'any' ? anySummandSql(column) : `NULLIF(${column}, 'NaN')`;
}

function measureSql(measure: AggregateMeasure): string {
  const column = measure.field ? `v.${queryColumnOf(measure.field)}` : null;
  if (column === null) return fieldlessSql(measure);
  switch (measure.op) {
    case 'count':
      return `count(${column})::float8`;
    case 'sum':
      return `coalesce(sum(${numericOf(measure, column)}), 0)::float8`;
    case 'avg':
      // SQLite's avg counts a text as 0: the divisor is every value, the sum only the numbers.
      return `(coalesce(sum(${numericOf(measure, column)}), 0) / NULLIF(count(${column}), 0))::float8`;
    case 'min':
    case 'max':
      return extremeSql(measure.op, measure, column);
    case 'distinct':
      return `count(DISTINCT ${column})::float8`;
  }
}

function partialMeasureSql(measure: AggregateMeasure, index: number): { inner: string[]; outer: string } {
  const column = measure.field ? `v.${queryColumnOf(measure.field)}` : null;
  const p = `p${index}`;
  const q = `q${index}`;
  if (column === null) {
    return measure.op === 'count' ? { inner: [`count(*) AS ${p}`], outer: `coalesce(sum(o.${p}), 0)::float8` } : { inner: [], outer: fieldlessSql(measure) };
  }
  switch (measure.op) {
    case 'count':
      return { inner: [`count(${column}) AS ${p}`], outer: `coalesce(sum(o.${p}), 0)::float8` };
    case 'sum':
      return { inner: [`sum(${numericOf(measure, column)}) AS ${p}`], outer: `coalesce(sum(o.${p}), 0)::float8` };
    case 'avg':
      return { inner: [`sum(${numericOf(measure, column)}) AS ${p}`, `count(${column}) AS ${q}`], outer: `(coalesce(sum(o.${p}), 0) / NULLIF(sum(o.${q}), 0))::float8` };
    case 'min':
    case 'max': {
      const op = measure.op;
      if (measure.field?.kind === 'any') {
        return {
          inner: [`${op}(${anyNumberSql(column)}) AS ${p}`, `${op}(${anyTextSql(column)}) AS ${q}`],
          outer: anyExtreme(op, `${op}(o.${p})`, `${op}(o.${q})`),
        };
      }
      return { inner: [`${op}(${extremeInput(measure, column)}) AS ${p}`], outer: extremeOutput(measure, `${op}(o.${p})`) };
    }
    case 'distinct':
      throw new Error('distinct counts do not combine from partial groups');
  }
}

function extremeSql(op: 'min' | 'max', measure: AggregateMeasure, column: string): string {
  if (measure.field?.kind === 'any') return anyExtreme(op, `${op}(${anyNumberSql(column)})`, `${op}(${anyTextSql(column)})`);
  return extremeOutput(measure, `${op}(${extremeInput(measure, column)})`);
}

/** A measure over no field other than `count` (SQLite's `sum(NULL)`…): 0 for sums and distinct counts, else NULL. */
function fieldlessSql(measure: AggregateMeasure): string {
  switch (measure.op) {
    case 'count':
      return 'count(*)::float8';
    case 'sum':
    case 'distinct':
      return '0::float8';
    default:
      return 'NULL::float8';
  }
}

function extremeInput(measure: AggregateMeasure, column: string): string {
  return measure.field?.kind === 'number' ? `NULLIF(${column}, 'NaN')` : column;
}

function extremeOutput(measure: AggregateMeasure, aggregate: string): string {
  return measure.field?.kind === 'timestamp' || measure.field?.kind === 'count' ? `${aggregate}::float8` : aggregate;
}

/** SQLite's min/max over numbers and texts: every text is above every number. */
function anyExtreme(op: 'min' | 'max', numbers: string, texts: string): string {
  return op === 'min'
    ? `(CASE WHEN ${numbers} IS NOT NULL THEN to_jsonb(${numbers}) ELSE to_jsonb(${texts}) END)`
    : `(CASE WHEN ${texts} IS NOT NULL THEN to_jsonb(${texts}) ELSE to_jsonb(${numbers}) END)`;
}

/** The kind a result column sorts as: a group key's (texts once bucketed), a measure's. */
function resultKindOf(query: AggregateQuery, name: string): QueryValueKind | 'bucket' {
  if (name.startsWith('g')) {
    const group = query.groups[Number(name.slice(1))];
    if (!group) throw new Error(`no group ${name}`);
    if (group.bucket !== null || group.field.kind === 'list') return 'bucket';
    return group.field.kind;
  }
  const measure = query.measures[Number(name.slice(1))];
  if (!measure) throw new Error(`no measure ${name}`);
  if ((measure.op === 'min' || measure.op === 'max') && measure.field) return measure.field.kind;
  return 'number';
}

function orderBy(query: AggregateQuery): string {
  const terms = (name: string, direction: 'asc' | 'desc'): string[] => orderTermsOf(`a.${name}`, resultKindOf(query, name)).map((term) => directed(term, direction));
  const groupTerms = query.groups.flatMap((_, index) => terms(`g${index}`, 'asc'));
  if (query.sort) {
    const measureIndex = query.measures.findIndex((measure) => measure.id === query.sort?.by);
    const groupIndex = query.groups.findIndex((group) => group.key === query.sort?.by);
    const name = measureIndex >= 0 ? `m${measureIndex}` : `g${groupIndex}`;
    return [...terms(name, query.sort.direction), ...groupTerms].join(', ');
  }
  return groupTerms.join(', ');
}
