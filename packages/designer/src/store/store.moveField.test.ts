import { describe, expect, it } from 'vitest';
import { addFields, createTestStore, outline } from './testing/createTestStore.js';

function fourFields() {
  const store = createTestStore();
  addFields(store, ['text'], ['number'], ['date'], ['phone']);
  return store;
}

describe('moveField', () => {
  it('reorders within a list, the index being the final position', () => {
    const store = fourFields();
    store.getState().moveField('f_1', { index: 2 });
    expect(outline(store.getState().schema.fields)).toEqual(['f_2', 'f_3', 'f_1', 'f_4']);
    store.getState().moveField('f_4', { index: 0 });
    expect(outline(store.getState().schema.fields)).toEqual(['f_4', 'f_2', 'f_3', 'f_1']);
  });

  it('moves to the end when no index is given and selects the moved field', () => {
    const store = fourFields();
    store.getState().moveField('f_2', {});
    expect(outline(store.getState().schema.fields)).toEqual(['f_1', 'f_3', 'f_4', 'f_2']);
    expect(store.getState().selectedId).toBe('f_2');
  });

  it('moves into a subform and back out', () => {
    const store = createTestStore();
    const [qty, subform] = addFields(store, ['number'], ['subform']);
    expect(store.getState().moveField(qty!, { parentId: subform! }).ok).toBe(true);
    expect(outline(store.getState().schema.fields)).toEqual([{ f_2: ['f_1'] }]);
    expect(store.getState().moveField(qty!, { index: 0 }).ok).toBe(true);
    expect(outline(store.getState().schema.fields)).toEqual(['f_1', { f_2: [] }]);
  });

  it('moves between a section and a subform, keeping the children of a moved section', () => {
    const store = createTestStore();
    const [section, subform] = addFields(store, ['section'], ['subform']);
    const [a, b] = addFields(store, ['text', { parentId: section }], ['number', { parentId: section }]);
    store.getState().moveField(b!, { parentId: subform!, index: 0 });
    expect(outline(store.getState().schema.fields)).toEqual([{ f_1: ['f_3'] }, { f_2: ['f_4'] }]);
    store.getState().moveField(section!, { index: 1 });
    expect(outline(store.getState().schema.fields)).toEqual([{ f_2: ['f_4'] }, { f_1: [a!] }]);
  });

  it('refuses a section or subform into a subform, naming the subform', () => {
    const store = createTestStore();
    const [subform, section, other] = addFields(store, ['subform'], ['section'], ['subform']);
    store.getState().updateField(subform!, { label: 'Order lines' });
    const before = store.getState().schema;
    for (const id of [section!, other!]) {
      const result = store.getState().moveField(id, { parentId: subform! });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason.en).toContain('Order lines');
    }
    expect(store.getState().schema).toBe(before);
  });

  it('refuses a move into itself', () => {
    const store = createTestStore();
    const [section] = addFields(store, ['section']);
    expect(store.getState().moveField(section!, { parentId: section! }).ok).toBe(false);
  });

  it('refuses a field that does not exist', () => {
    const store = fourFields();
    const result = store.getState().moveField('nope', { index: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.en).toContain('nope');
  });

  it('records no undo step for a move to where the field already is', () => {
    const store = fourFields();
    const past = store.getState().history.past.length;
    expect(store.getState().moveField('f_2', { index: 1 }).ok).toBe(true);
    expect(store.getState().history.past.length).toBe(past);
  });
});
