import { describe, expect, it } from 'vitest';
import { addFields, createTestStore, fieldById } from './testing/createTestStore.js';

describe('updateField', () => {
  it('changes settings and removes those set to undefined', () => {
    const store = createTestStore();
    const [id] = addFields(store, ['number']);
    store.getState().updateField(id!, { label: 'Quantity', precision: 2, unit: 'pcs', required: true });
    expect(fieldById(store, id!)).toMatchObject({ id, type: 'number', label: 'Quantity', precision: 2, unit: 'pcs', required: true });
    store.getState().updateField(id!, { unit: undefined });
    expect(fieldById(store, id!)).not.toHaveProperty('unit');
  });

  it('never changes the id or the type, even when a patch says so', () => {
    const store = createTestStore();
    const [id] = addFields(store, ['text']);
    const sneaky = JSON.parse('{"id":"x","type":"number","label":"Name","__proto__":{"polluted":true}}') as { label: string };
    store.getState().updateField(id!, sneaky);
    const field = fieldById(store, id!);
    expect(field).toMatchObject({ id, type: 'text', label: 'Name' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('updates a column of a subform', () => {
    const store = createTestStore();
    const [subform] = addFields(store, ['subform']);
    const [column] = addFields(store, ['money', { parentId: subform }]);
    store.getState().updateField(column!, { label: 'Price' });
    expect(fieldById(store, column!).label).toBe('Price');
  });

  it('keeps the selection', () => {
    const store = createTestStore();
    const [a, b] = addFields(store, ['text'], ['text']);
    store.getState().selectField(b!);
    store.getState().updateField(a!, { label: 'A' });
    expect(store.getState().selectedId).toBe(b);
  });

  it('refuses a field that does not exist', () => {
    const store = createTestStore();
    expect(store.getState().updateField('nope', { label: 'x' }).ok).toBe(false);
  });
});

describe('selectField', () => {
  it('selects a field or nothing, and refuses an unknown id', () => {
    const store = createTestStore();
    const [a] = addFields(store, ['text']);
    store.getState().selectField(null);
    expect(store.getState().selectedId).toBeNull();
    store.getState().selectField(a!);
    expect(store.getState().selectedId).toBe(a);
    expect(store.getState().selectField('nope').ok).toBe(false);
    expect(store.getState().selectedId).toBe(a);
  });
});

describe('setVisibility, setFormula and setDefaultValue', () => {
  it('sets and clears a visibility rule', () => {
    const store = createTestStore();
    const [stage, reason] = addFields(store, ['select'], ['textarea']);
    const rule = { '==': [{ var: stage! }, 'lost'] };
    expect(store.getState().setVisibility(reason!, rule).ok).toBe(true);
    expect(fieldById(store, reason!).visibleWhen).toEqual(rule);
    store.getState().setVisibility(reason!, null);
    expect(fieldById(store, reason!)).not.toHaveProperty('visibleWhen');
  });

  it('sets the expression of a calculated field and refuses it on other fields', () => {
    const store = createTestStore();
    const [qty, price, total] = addFields(store, ['number'], ['money'], ['formula']);
    const rule = { '*': [{ var: qty! }, { var: price! }] };
    expect(store.getState().setFormula(total!, rule).ok).toBe(true);
    const field = fieldById(store, total!);
    expect(field.type === 'formula' && field.expression).toEqual(rule);
    store.getState().updateField(qty!, { label: 'Qty' });
    const refused = store.getState().setFormula(qty!, rule);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason.en).toContain('Qty');
  });

  it('sets and clears a default value', () => {
    const store = createTestStore();
    const [owner, date] = addFields(store, ['member'], ['date']);
    store.getState().setDefaultValue(owner!, { kind: 'currentUser' });
    store.getState().setDefaultValue(date!, { kind: 'today' });
    expect(fieldById(store, owner!).defaultValue).toEqual({ kind: 'currentUser' });
    expect(fieldById(store, date!).defaultValue).toEqual({ kind: 'today' });
    store.getState().setDefaultValue(owner!, null);
    expect(fieldById(store, owner!)).not.toHaveProperty('defaultValue');
  });
});
