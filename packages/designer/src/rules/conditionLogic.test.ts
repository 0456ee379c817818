import type { RuleLogic } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import type { ConditionGroup } from './ConditionTree.js';
import { conditionToLogic } from './conditionToLogic.js';
import { logicToCondition } from './logicToCondition.js';

const group = (combinator: 'and' | 'or', ...items: ConditionGroup['items']): ConditionGroup => ({ kind: 'group', combinator, items });

describe('condition trees and JSON Logic', () => {
  it.each<[string, ConditionGroup, RuleLogic]>([
    ['equals', group('and', { kind: 'condition', field: 'f_stage', operator: 'eq', value: 'lost' }), { '==': [{ var: 'f_stage' }, 'lost'] }],
    ['greater than', group('and', { kind: 'condition', field: 'f_amt', operator: 'gt', value: 1000 }), { '>': [{ var: 'f_amt' }, 1000] }],
    ['contains', group('and', { kind: 'condition', field: 'f_tags', operator: 'contains', value: 'vip' }), { in: ['vip', { var: 'f_tags' }] }],
    [
      'does not contain',
      group('and', { kind: 'condition', field: 'f_tags', operator: 'notContains', value: 'vip' }),
      { '!': { in: ['vip', { var: 'f_tags' }] } },
    ],
    ['any of', group('and', { kind: 'condition', field: 'f_s', operator: 'anyOf', value: ['a', 'b'] }), { in: [{ var: 'f_s' }, ['a', 'b']] }],
    ['is empty', group('and', { kind: 'condition', field: 'f_s', operator: 'empty' }), { '!': { var: 'f_s' } }],
    [
      'at least another field',
      group('and', { kind: 'condition', field: 'f_next', operator: 'gte', against: { kind: 'field', path: 'f_visit' } }),
      { '>=': [{ var: 'f_next' }, { var: 'f_visit' }] },
    ],
    ['before today', group('and', { kind: 'condition', field: 'f_due', operator: 'lt', against: { kind: 'today', days: 0 } }), { '<': [{ var: 'f_due' }, { today: [] }] }],
    [
      'within a week from today',
      group('and', { kind: 'condition', field: 'f_next', operator: 'lte', against: { kind: 'today', days: 7 } }),
      { '<=': [{ var: 'f_next' }, { date_add: [{ today: [] }, 7, 'day'] }] },
    ],
    [
      'after 3 days ago',
      group('and', { kind: 'condition', field: 'f_visit', operator: 'gt', against: { kind: 'today', days: -3 } }),
      { '>': [{ var: 'f_visit' }, { date_add: [{ today: [] }, -3, 'day'] }] },
    ],
    ['is not empty', group('and', { kind: 'condition', field: '$row.f_q', operator: 'notEmpty' }), { '!!': { var: '$row.f_q' } }],
    [
      'nested and/or',
      group('or', { kind: 'condition', field: 'f_a', operator: 'lte', value: 3 }, group('and', { kind: 'condition', field: 'f_b', operator: 'ne', value: 'x' }, { kind: 'condition', field: 'f_c', operator: 'gte', value: 1 })),
      { or: [{ '<=': [{ var: 'f_a' }, 3] }, { and: [{ '!=': [{ var: 'f_b' }, 'x'] }, { '>=': [{ var: 'f_c' }, 1] }] }] },
    ],
  ])('emits %s and reads it back', (_name, tree, logic) => {
    expect(conditionToLogic(tree)).toEqual(logic);
    expect(logicToCondition(logic)).toEqual(tree);
  });

  it('emits nothing for an empty group or a condition without a field', () => {
    expect(conditionToLogic(group('and'))).toBeNull();
    expect(conditionToLogic(group('or', { kind: 'condition', field: '', operator: 'eq', value: 1 }))).toBeNull();
  });

  it('reads no rule, or one that always holds, as an empty group', () => {
    expect(logicToCondition(null)).toEqual(group('and'));
    expect(logicToCondition(undefined)).toEqual(group('and'));
    expect(logicToCondition(true)).toEqual(group('and'));
  });

  it('does not pretend to read rules it does not make', () => {
    expect(logicToCondition({ '+': [1, 2] })).toBeUndefined();
    expect(logicToCondition({ '==': [{ var: 'f_a' }, { cat: ['x', 'y'] }] })).toBeUndefined();
    expect(logicToCondition({ '<': [{ var: 'f_a' }, { date_add: [{ today: [] }, 1, 'month'] }] })).toBeUndefined();
    expect(logicToCondition({ '<': [{ var: 'f_a' }, { date_add: [{ var: 'f_b' }, 1, 'day'] }] })).toBeUndefined();
    expect(logicToCondition({ and: [{ '==': [{ var: 'f_a' }, 1] }, { sum: [] }] })).toBeUndefined();
    expect(logicToCondition(false)).toBeUndefined();
  });
});
