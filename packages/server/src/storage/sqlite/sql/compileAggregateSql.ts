import type { RowFilter } from '../../../permissions/resolveRowFilter.js';
import type { AggregateMeasure, AggregateQuery } from '../../../query/AggregateQuery.js';
import type { BoundValue } from '../../../query/FilterPredicate.js';
import { compileFilterSql } from './compileFilterSql.js';
import { compileRowFilterSql } from './compileRowFilterSql.js';
import type { SqlFragment } from './SqlFragment.js';
import { timeBucketSql } from './timeBucketSql.js';
import { queryColumnOf } from '../../sqlColumns/queryColumnOf.js';

/**
 * One SELECT computing an aggregate over a form's value table: groups as `g0, g1…`, measures as
 * `m0, m1…`, live records only, inside the row scope, filtered. Fetches `limit + 1` rows so the
 * caller can tell the result was cut.
 *
 * With a time bucket the statement has two levels: the inner one groups by the raw column values
 * (`owner, f_signed`), which an index on those columns delivers already in order, so SQLite
 * streams through it without sorting a million rows; the outer one buckets the few thousand
 * partial groups (`owner, month`) and combines their partial measures (sums of sums, sums of
 * counts, min of mins; averages as total / count). Distinct counts and list groups do not combine
 * that way and use one level.
 *
 * @example
 * compileAggregateSql(query, 'form_values_3', { kind: 'all' }, 480).sql
 * // SELECT o.r0 AS g0, substr(o.r1, 1, 7) AS g1, coalesce(sum(o.p0), 0) AS m0
 * // FROM (SELECT v.owner_id AS r0, v."v_f_signed" AS r1, sum(v."v_f_amount") AS p0 FROM form_values_3 AS v
 * //       WHERE v.deleted = 0 AND 1 AND 1 GROUP BY r0, r1) AS o GROUP BY g0, g1 ORDER BY g0, g1 LIMIT ?
 */
export function compileAggregateSql(query: AggregateQuery, table: string, scope: RowFilter, offsetMinutes: number): SqlFragment {
  const scopeSql = compileRowFilterSql(scope, 'v');
  const filterSql = query.filter ? compileFilterSql(query.filter, 'v') : { sql: '1', params: [] };
  const where = `WHERE v.deleted = 0 AND ${scopeSql.sql} AND ${filterSql.sql}`;
  const params: BoundValue[] = [...scopeSql.params, ...filterSql.params, query.limit + 1];
  const groupNames = query.groups.map((_, index) => `g${index}`);
  const tail = [groupNames.length > 0 ? `GROUP BY ${groupNames.join(', ')}` : '', orderBy(query, groupNames), 'LIMIT ?'].filter((part) => part !== '');
  const bucket = (column: string, index: number): string => {
    const group = query.groups[index];
    return group?.bucket ? timeBucketSql(column, group.field.kind, group.bucket, offsetMinutes) : column;
  };

  if (twoLevel(query)) {
    const inner: string[] = [];
    const outer: string[] = [];
    query.groups.forEach((group, index) => {
      inner.push(`v.${queryColumnOf(group.field)} AS r${index}`);
      outer.push(`${bucket(`o.r${index}`, index)} AS g${index}`);
    });
    query.measures.forEach((measure, index) => {
      const column = measure.field ? `v.${queryColumnOf(measure.field)}` : null;
      switch (measure.op) {
        case 'count':
          inner.push(`${column ? `count(${column})` : 'count(*)'} AS p${index}`);
          outer.push(`coalesce(sum(o.p${index}), 0) AS m${index}`);
          break;
        case 'sum':
          inner.push(`sum(${column ?? 'NULL'}) AS p${index}`);
          outer.push(`coalesce(sum(o.p${index}), 0) AS m${index}`);
          break;
        case 'avg':
          inner.push(`sum(${column ?? 'NULL'}) AS p${index}`, `count(${column ?? 'NULL'}) AS q${index}`);
          outer.push(`sum(o.p${index}) * 1.0 / sum(o.q${index}) AS m${index}`);
          break;
        default:
          inner.push(`${measure.op}(${column ?? 'NULL'}) AS p${index}`);
          outer.push(`${measure.op}(o.p${index}) AS m${index}`);
      }
    });
    const rawNames = query.groups.map((_, index) => `r${index}`);
    const sql = [`SELECT ${outer.join(', ')}`, `FROM (SELECT ${inner.join(', ')} FROM ${table} AS v ${where} GROUP BY ${rawNames.join(', ')}) AS o`, ...tail].join(' ');
    return { sql, params };
  }

  const from = [`${table} AS v`];
  const selects: string[] = [];
  query.groups.forEach((group, index) => {
    let column = `v.${queryColumnOf(group.field)}`;
    if (group.field.kind === 'list') {
      // One row per item of the list: a record with two tags counts in both groups.
      from.push(`json_each(v.${queryColumnOf(group.field)}) AS j${index}`);
      column = `j${index}.value`;
    }
    selects.push(`${bucket(column, index)} AS g${index}`);
  });
  query.measures.forEach((measure, index) => selects.push(`${measureSql(measure)} AS m${index}`));
  const sql = [`SELECT ${selects.join(', ')}`, `FROM ${from.join(', ')}`, where, ...tail].join(' ');
  return { sql, params };
}

/** Whether the query buckets a time field and every measure combines from partial groups. */
export function twoLevel(query: AggregateQuery): boolean {
  return (
    query.groups.some((group) => group.bucket !== null) &&
    query.groups.every((group) => group.field.kind !== 'list') &&
    query.measures.every((measure) => measure.op !== 'distinct')
  );
}

function measureSql(measure: AggregateMeasure): string {
  const column = measure.field ? `v.${queryColumnOf(measure.field)}` : null;
  switch (measure.op) {
    case 'count':
      return column ? `count(${column})` : 'count(*)';
    case 'sum':
      return `coalesce(sum(${column ?? 'NULL'}), 0)`;
    case 'avg':
      return `avg(${column ?? 'NULL'})`;
    case 'min':
      return `min(${column ?? 'NULL'})`;
    case 'max':
      return `max(${column ?? 'NULL'})`;
    case 'distinct':
      return `count(DISTINCT ${column ?? 'NULL'})`;
  }
}

function orderBy(query: AggregateQuery, groupNames: readonly string[]): string {
  if (query.sort) {
    const measureIndex = query.measures.findIndex((measure) => measure.id === query.sort?.by);
    const groupIndex = query.groups.findIndex((group) => group.key === query.sort?.by);
    const name = measureIndex >= 0 ? `m${measureIndex}` : `g${groupIndex}`;
    return `ORDER BY ${name} ${query.sort.direction === 'desc' ? 'DESC' : 'ASC'}${groupNames.length > 0 ? `, ${groupNames.join(', ')}` : ''}`;
  }
  return groupNames.length > 0 ? `ORDER BY ${groupNames.join(', ')}` : '';
}
