import { describe, expect, it } from 'vitest';
import { dependenciesOf } from './dependenciesOf.js';
import type { RuleLogic } from './RuleLogic.js';

describe('dependenciesOf', () => {
  it.each<[string, RuleLogic, readonly string[], boolean]>([
    ['a literal', 42, [], false],
    ['one field', { var: 'f_amount' }, ['f_amount'], false],
    ['the unary form and the list form alike', { '+': [{ var: ['f_a'] }, { var: 'f_b' }] }, ['f_a', 'f_b'], false],
    ['paths as written, deduplicated in order', { '*': [{ var: '$row.f_qty' }, { var: '$row.f_price' }, { var: '$row.f_qty' }] }, ['$row.f_qty', '$row.f_price'], false],
    ['dotted and numeric paths', { '==': [{ var: 'f_addr.city' }, { var: 0 }] }, ['f_addr.city', '0'], false],
    ['a default that reads another field', { var: ['f_nick', { var: 'f_name' }] }, ['f_nick', 'f_name'], false],
    ['fields inside form operators', { date_diff: [{ var: 'f_start' }, { today: [] }, 'day'] }, ['f_start'], false],
    ['missing keys', { missing: ['f_a', 'f_b.c'] }, ['f_a', 'f_b.c'], false],
    ['missing keys given as one list', { missing: [['f_a', 'f_b']] }, ['f_a', 'f_b'], false],
    ['missing_some keys', { missing_some: [1, ['f_phone', 'f_email']] }, ['f_phone', 'f_email'], false],
    ['an aggregate’s subform and the record fields of its filter', { sum_of: [{ var: 'f_items' }, 'f_amount', { '>': [{ var: '$row.f_qty' }, { var: 'f_min' }] }] }, ['f_items', 'f_min'], false],
    ['a count over a subform', { count_of: [{ var: 'f_items' }] }, ['f_items'], false],
    ['a list but not what its per-element logic reads', { map: [{ var: 'f_lines' }, { '*': [{ var: 'qty' }, { var: 'price' }] }] }, ['f_lines'], false],
    ['reduce’s initial value, which reads the record', { reduce: [{ var: 'f_list' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, { var: 'f_start' }] }, ['f_list', 'f_start'], false],
    ['a computed path: anything', { var: { cat: ['f_', { var: 'f_which' }] } }, ['f_which'], true],
    ['the whole data: anything', { var: '' }, [], true],
    ['computed missing keys: anything', { missing: { merge: ['vin', { if: [{ var: 'financing' }, ['apr'], []] }] } }, ['financing'], true],
    ['a computed path inside a map: only the element', { map: [{ var: 'f_lines' }, { var: { cat: ['q', 'ty'] } }] }, ['f_lines'], false],
  ])('of %s', (_what, rule, vars, dynamic) => {
    expect(dependenciesOf(rule)).toEqual({ vars, dynamic });
  });

  it('is the same as the compiled rule’s dependencies, and cached per rule object', () => {
    const rule = { if: [{ var: 'f_vip' }, { var: 'f_discount' }, 0] };
    expect(dependenciesOf(rule)).toBe(dependenciesOf(rule));
    expect(dependenciesOf(rule).vars).toEqual(['f_vip', 'f_discount']);
  });
});
