import { FORM_SCHEMA_VERSION, type FieldDefinition, type FormSchema } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { diffFormSchemas } from './diffFormSchemas.js';

const form = (fields: FieldDefinition[], extra: Partial<FormSchema> = {}): FormSchema => ({
  kind: 'form',
  schemaVersion: FORM_SCHEMA_VERSION,
  title: '客户拜访记录',
  fields,
  ...extra,
});
const customer: FieldDefinition = { id: 'f_customer', type: 'text', label: '客户' };
const amount: FieldDefinition = { id: 'f_amount', type: 'number', label: '金额' };
const items = (fields: FieldDefinition[]): FieldDefinition => ({ id: 'f_items', type: 'subform', label: '产品明细', fields });

describe('diffFormSchemas', () => {
  it('finds nothing between a form and itself, or the same settings in another order', () => {
    const v1 = form([{ ...amount, required: true, precision: 2 }]);
    expect(diffFormSchemas(v1, v1)).toEqual([]);
    expect(diffFormSchemas(v1, form([{ precision: 2, required: true, ...amount }]))).toEqual([]);
  });

  it('names added and removed fields, inside subforms too', () => {
    const changes = diffFormSchemas(form([customer, items([amount])]), form([items([]), { id: 'f_phone', type: 'phone', label: '电话' }]));
    expect(changes).toEqual([
      { kind: 'added', id: 'f_phone', label: '电话', type: 'phone' },
      { kind: 'removed', id: 'f_customer', label: '客户', type: 'text' },
      { kind: 'removed', id: 'f_amount', label: '金额', type: 'number' },
    ]);
  });

  it('tells a renamed field from a removed one, and names a changed type', () => {
    const changes = diffFormSchemas(form([customer, amount]), form([{ ...customer, label: '客户名称' }, { ...amount, type: 'money' }]));
    expect(changes).toEqual([
      { kind: 'renamed', id: 'f_customer', from: '客户', to: '客户名称' },
      { kind: 'retyped', id: 'f_amount', label: '金额', from: 'number', to: 'money' },
    ]);
  });

  it('names a move into a subform and the settings that changed, not the children of a container', () => {
    const changes = diffFormSchemas(
      form([amount, items([])]),
      form([items([{ ...amount, required: true, placeholder: '元' }])]),
    );
    expect(changes).toEqual([
      { kind: 'moved', id: 'f_amount', label: '金额', from: null, to: '产品明细' },
      { kind: 'settings', id: 'f_amount', label: '金额', keys: ['placeholder', 'required'] },
    ]);
  });

  it('names the form’s own properties that changed', () => {
    const changes = diffFormSchemas(form([customer]), form([customer], { title: '拜访', description: '每次拜访后填写' }));
    expect(changes).toEqual([{ kind: 'form', keys: ['description', 'title'] }]);
  });
});
