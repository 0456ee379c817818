import { describe, expect, it } from 'vitest';
import { addFields, createTestStore, fieldById, outline } from './testing/createTestStore.js';

describe('duplicateField', () => {
  it('puts a copy with a fresh id right after the field and selects it, without the alias', () => {
    const store = createTestStore();
    const [a] = addFields(store, ['text'], ['number']);
    store.getState().updateField(a!, { label: 'Customer', alias: 'customer', required: true });
    expect(store.getState().duplicateField(a!)).toEqual({ ok: true, id: 'f_3' });
    expect(outline(store.getState().schema.fields)).toEqual(['f_1', 'f_3', 'f_2']);
    expect(store.getState().selectedId).toBe('f_3');
    const copy = fieldById(store, 'f_3');
    expect(copy).toMatchObject({ type: 'text', label: 'Customer', required: true });
    expect(copy).not.toHaveProperty('alias');
  });

  it('gives every child of a subform a fresh id and rewires the copied rules to the copies', () => {
    const store = createTestStore();
    const [subform] = addFields(store, ['subform']);
    const [qty, price, amount] = addFields(store, ['number', { parentId: subform }], ['money', { parentId: subform }], ['formula', { parentId: subform }]);
    const rowFormula = { '*': [{ var: `$row.${qty!}` }, { var: `$row.${price!}` }] };
    expect(store.getState().setFormula(amount!, rowFormula).ok).toBe(true);
    const result = store.getState().duplicateField(subform!);
    expect(result).toEqual({ ok: true, id: 'f_5' });
    expect(outline(store.getState().schema.fields)).toEqual([{ f_1: ['f_2', 'f_3', 'f_4'] }, { f_5: ['f_6', 'f_7', 'f_8'] }]);
    const copied = fieldById(store, 'f_8');
    expect(copied.type === 'formula' && copied.expression).toEqual({ '*': [{ var: '$row.f_6' }, { var: '$row.f_7' }] });
    // The original is untouched.
    const original = fieldById(store, amount!);
    expect(original.type === 'formula' && original.expression).toEqual(rowFormula);
  });

  it('refuses a field that does not exist', () => {
    expect(createTestStore().getState().duplicateField('nope').ok).toBe(false);
  });
});

describe('removeField', () => {
  it('removes a field and selects the one that took its place', () => {
    const store = createTestStore();
    addFields(store, ['text'], ['number'], ['date']);
    store.getState().selectField('f_2');
    store.getState().removeField('f_2');
    expect(outline(store.getState().schema.fields)).toEqual(['f_1', 'f_3']);
    expect(store.getState().selectedId).toBe('f_3');
    store.getState().removeField('f_3');
    expect(store.getState().selectedId).toBe('f_1');
    store.getState().removeField('f_1');
    expect(store.getState().selectedId).toBeNull();
  });

  it('removes a subform with its columns, and a column alone', () => {
    const store = createTestStore();
    const [subform, other] = addFields(store, ['subform'], ['subform']);
    addFields(store, ['text', { parentId: subform }], ['text', { parentId: other }], ['number', { parentId: other }]);
    store.getState().removeField(subform!);
    store.getState().removeField('f_4');
    expect(outline(store.getState().schema.fields)).toEqual([{ f_2: ['f_5'] }]);
  });

  it('keeps the selection when another field goes', () => {
    const store = createTestStore();
    addFields(store, ['text'], ['number']);
    store.getState().selectField('f_1');
    store.getState().removeField('f_2');
    expect(store.getState().selectedId).toBe('f_1');
  });
});
