import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRecordFilter } from '../../../query/parseRecordFilter.js';
import type { QueryField } from '../../../query/QueryField.js';
import { compilePgFilterSql } from './compilePgFilterSql.js';
import { pgJoin, pgRaw, pgSql } from './PgFragment.js';

const field = (id: string, kind: QueryField['kind']): QueryField => ({ id, kind, system: false, removed: false });
const fields = new Map([field('f_text', 'text'), field('f_number', 'number'), field('f_list', 'list'), field('f_any', 'any')].map((f) => [f.id, f]));
const zone = { name: 'Asia/Shanghai', offsetMinutes: 480 };

const hostile = fc.string({ unit: fc.constantFrom("'", '"', ';', '-', '/', '*', ')', '(', ' ', 'x', '%', '_', '\\', '$', '1', 'D', 'R', 'O', 'P'), maxLength: 30 });
const condition = fc.oneof(
  fc.record({ field: fc.constantFrom('f_text', 'f_any'), op: fc.constantFrom('eq', 'ne', 'gt', 'lt', 'like'), value: hostile.filter((s) => s.length > 0) }),
  fc.record({ field: fc.constantFrom('f_text', 'f_any'), op: fc.constantFrom('in', 'nin'), value: fc.array(hostile, { minLength: 1, maxLength: 4 }) }),
  fc.record({ field: fc.constant('f_list'), op: fc.constantFrom('in', 'nin'), value: fc.array(hostile, { minLength: 1, maxLength: 3 }) }),
  fc.record({ field: fc.constantFrom('f_number', 'f_any'), op: fc.constantFrom('eq', 'gt', 'lt'), value: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
  fc.record({ field: fc.constantFrom('f_text', 'f_number', 'f_list'), op: fc.constantFrom('empty', 'not_empty') }),
);
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, condition, fc.record({ and: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }), fc.record({ or: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) })),
})).node;

describe('compilePgFilterSql', () => {
  it('never puts a value into the SQL text, and numbers its placeholders $1…$n in parameter order', () => {
    fc.assert(
      fc.property(tree, (filter) => {
        const parsed = parseRecordFilter(filter, fields, zone);
        if (!parsed.ok) return;
        const { sql, params } = compilePgFilterSql(parsed.predicate, 'v');
        const numbers = [...sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1]));
        expect(numbers).toEqual(params.map((_, index) => index + 1));
        // Only this adapter's own SQL is left once placeholders and known names are removed.
        const skeleton = sql
          .replace(/\$\d+/g, '')
          .replace(/COLLATE "C"/g, '')
          .replace(/v\."v_f_(text|number|list|any)"/g, '')
          .replace(/'(NaN|string|number|\{\}|\[|\]|,|\\|ABCDEFGHIJKLMNOPQRSTUVWXYZ|abcdefghijklmnopqrstuvwxyz)'/g, '')
          .replace(/\b(CASE|WHEN|THEN|END|ELSE|jsonb_typeof|jsonb_array_elements|WITH|ORDINALITY|AS|string_agg|ORDER|BY|SELECT|FROM|translate|LIKE|ESCAPE|IS|NOT|NULL|TRUE|AND|OR|IN|ARRAY|float8|text|value|e|n)\b/g, '')
          .replace(/[?|()=<>,.:#'\s[\]]/g, '');
        expect(skeleton).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});

describe('PgFragment', () => {
  it('renumbers the placeholders of the fragments it combines', () => {
    const a = pgSql`x = ${1} AND y = ${'two'}`;
    const b = pgSql`z IN (${pgJoin([pgSql`${3}`, pgSql`${4}`], ', ')})`;
    expect(pgSql`(${a}) OR (${b}) OR w = ${pgRaw('$$not a placeholder$$'.replaceAll('$', ''))}`).toEqual({
      sql: '(x = $1 AND y = $2) OR (z IN ($3, $4)) OR w = not a placeholder',
      params: [1, 'two', 3, 4],
    });
    expect(pgJoin([a, a, a], ' OR ').sql).toBe('x = $1 AND y = $2 OR x = $3 AND y = $4 OR x = $5 AND y = $6');
  });
});
