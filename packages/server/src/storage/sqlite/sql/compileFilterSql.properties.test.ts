import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRecordFilter } from '../../../query/parseRecordFilter.js';
import type { QueryField } from '../../../query/QueryField.js';
import { compileFilterSql } from './compileFilterSql.js';

const field = (id: string, kind: QueryField['kind']): QueryField => ({ id, kind, system: false, removed: false });
const fields = new Map([field('f_text', 'text'), field('f_number', 'number'), field('f_list', 'list')].map((f) => [f.id, f]));
const zone = { name: 'Asia/Shanghai', offsetMinutes: 480 };

const hostile = fc.string({ unit: fc.constantFrom("'", '"', ';', '-', '/', '*', ')', '(', ' ', 'x', '%', '_', '\\', '\u0000', 'D', 'R', 'O', 'P'), maxLength: 30 });
const condition = fc.oneof(
  fc.record({ field: fc.constant('f_text'), op: fc.constantFrom('eq', 'ne', 'gt', 'lt', 'like'), value: hostile.filter((s) => s.length > 0) }),
  fc.record({ field: fc.constant('f_text'), op: fc.constantFrom('in', 'nin'), value: fc.array(hostile, { minLength: 1, maxLength: 4 }) }),
  fc.record({ field: fc.constant('f_list'), op: fc.constantFrom('eq', 'in'), value: fc.array(hostile, { minLength: 1, maxLength: 3 }).map((v) => v) }).map((c) => (c.op === 'eq' ? { ...c, value: c.value[0] } : c)),
  fc.record({ field: fc.constant('f_number'), op: fc.constantFrom('eq', 'gt', 'lt'), value: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
  fc.record({ field: fc.constantFrom('f_text', 'f_number', 'f_list'), op: fc.constantFrom('empty', 'not_empty') }),
);
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, condition, fc.record({ and: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }), fc.record({ or: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) })),
})).node;

describe('compileFilterSql', () => {
  it('never puts a value into the SQL text: one placeholder per parameter, nothing the client typed', () => {
    fc.assert(
      fc.property(tree, (filter) => {
        const parsed = parseRecordFilter(filter, fields, zone);
        if (!parsed.ok) return;
        const { sql, params } = compileFilterSql(parsed.predicate, 'v');
        expect(sql.split('?').length - 1).toBe(params.length);
        // What is left once placeholders and known names are removed is SQL syntax only.
        const skeleton = sql.replace(/v\."v_f_(text|number|list)"/g, '').replace(/json_each\.value|json_each|typeof|EXISTS|SELECT|FROM|WHERE|LIKE|ESCAPE|IS NOT|IS NULL|NULL|AND|OR|IN|'\\'|'text'|<>|[?()=<>,1 ]/g, '');
        expect(skeleton).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});
