import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../engine/index.js';
import { operatorsFor, toCondition } from './FilterRow.js';

const amount: FieldDefinition = { id: 'amount', type: 'money', label: 'Amount' };
const stage: FieldDefinition = { id: 'stage', type: 'select', label: 'Stage', options: [{ value: 'won', label: 'Won' }, { value: 'lost', label: 'Lost' }] };
const name: FieldDefinition = { id: 'name', type: 'text', label: 'Name' };
const row = (field: string, op: Parameters<typeof toCondition>[0]['op'], value = '', value2 = '') => ({ field, op, value, value2 });

describe('toCondition', () => {
  it('sends numbers for number fields and text for text fields', () => {
    expect(toCondition(row('amount', 'gt', ' 100 '), amount)).toEqual({ field: 'amount', op: 'gt', value: 100 });
    expect(toCondition(row('name', 'like', '100'), name)).toEqual({ field: 'name', op: 'like', value: '100' });
  });

  it('splits lists on ASCII and full-width commas and maps option labels to values', () => {
    expect(toCondition(row('stage', 'in', 'Won，Lost, lost'), stage)).toEqual({ field: 'stage', op: 'in', value: ['won', 'lost', 'lost'] });
  });

  it('makes open-ended ranges and leaves out rows without a value', () => {
    expect(toCondition(row('amount', 'range', '', '50'), amount)).toEqual({ field: 'amount', op: 'range', value: [null, 50] });
    expect(toCondition(row('amount', 'range'), amount)).toBeUndefined();
    expect(toCondition(row('name', 'eq', '  '), name)).toBeUndefined();
    expect(toCondition(row('name', 'empty'), name)).toEqual({ field: 'name', op: 'empty' });
  });

  it('offers comparison operators only where they mean something', () => {
    expect(operatorsFor(amount)).toContain('range');
    expect(operatorsFor(name)).not.toContain('gt');
    expect(operatorsFor(stage)).toContain('in');
  });
});
