import { describe, expect, it } from 'vitest';
import { exampleForm } from '../documents/testing/exampleForm.js';
import { findField } from './findField.js';

describe('findField', () => {
  it('finds fields at the top, in sections and in subforms', () => {
    expect(findField(exampleForm, 'f_amount')).toMatchObject({ type: 'money', label: '预计金额' });
    expect(findField(exampleForm, 'f_stage')).toMatchObject({ type: 'radio' });
    expect(findField(exampleForm, 'f_item_qty')).toMatchObject({ type: 'number', label: '数量' });
  });

  it('finds by id only: not by alias or label, and nothing for unknown ids', () => {
    expect(findField(exampleForm, 'name')).toBeUndefined();
    expect(findField(exampleForm, '商机名称')).toBeUndefined();
    expect(findField(exampleForm, 'f_missing')).toBeUndefined();
    expect(findField(exampleForm, 'constructor')).toBeUndefined();
  });
});
