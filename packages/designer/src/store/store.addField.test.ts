import { describe, expect, it } from 'vitest';
import { addFields, createTestStore, fieldById, outline } from './testing/createTestStore.js';

describe('addField', () => {
  it('appends at the top level by default and selects the new field', () => {
    const store = createTestStore();
    const result = store.getState().addField('text');
    expect(result).toEqual({ ok: true, id: 'f_1' });
    store.getState().addField('number');
    expect(outline(store.getState().schema.fields)).toEqual(['f_1', 'f_2']);
    expect(store.getState().selectedId).toBe('f_2');
    expect(fieldById(store, 'f_2').type).toBe('number');
  });

  it('inserts at the given index', () => {
    const store = createTestStore();
    addFields(store, ['text'], ['text'], ['date', { index: 1 }], ['phone', { index: 0 }]);
    expect(outline(store.getState().schema.fields)).toEqual(['f_4', 'f_1', 'f_3', 'f_2']);
  });

  it('clamps an index past the end to the end', () => {
    const store = createTestStore();
    addFields(store, ['text'], ['email', { index: 99 }]);
    expect(outline(store.getState().schema.fields)).toEqual(['f_1', 'f_2']);
  });

  it('adds into a section and into a subform', () => {
    const store = createTestStore();
    const [section, subform] = addFields(store, ['section'], ['subform']);
    addFields(store, ['text', { parentId: section }], ['number', { parentId: subform }], ['money', { parentId: subform, index: 0 }]);
    expect(outline(store.getState().schema.fields)).toEqual([{ f_1: ['f_3'] }, { f_2: ['f_5', 'f_4'] }]);
  });

  it('uses the engine defaults for the type in the store locale', () => {
    const en = createTestStore({ locale: 'en' });
    const zh = createTestStore({ locale: 'zh-CN' });
    en.getState().addField('radio');
    zh.getState().addField('radio');
    const enField = fieldById(en, 'f_1');
    expect(enField.type).toBe('radio');
    expect(enField.label).not.toBe(fieldById(zh, 'f_1').label);
    expect(enField.type === 'radio' && enField.options.length).toBeGreaterThan(0);
  });

  it('refuses a section or subform inside a subform, with a reason naming the subform', () => {
    const store = createTestStore();
    const [subform] = addFields(store, ['subform']);
    store.getState().updateField(subform!, { label: 'Products' });
    for (const type of ['section', 'subform'] as const) {
      const result = store.getState().addField(type, { parentId: subform! });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason.en).toContain('Products');
        expect(result.reason['zh-CN']).toContain('Products');
      }
    }
    expect(store.getState().lastError?.en).toContain('Products');
    expect(outline(store.getState().schema.fields)).toEqual([{ f_1: [] }]);
  });

  it('refuses a parent that is not a section or subform, or does not exist', () => {
    const store = createTestStore();
    const [text] = addFields(store, ['text']);
    expect(store.getState().addField('number', { parentId: text! }).ok).toBe(false);
    expect(store.getState().addField('number', { parentId: 'nope' }).ok).toBe(false);
    expect(outline(store.getState().schema.fields)).toEqual(['f_1']);
  });

  it('refuses a section inside a section', () => {
    const store = createTestStore();
    const [section] = addFields(store, ['section']);
    expect(store.getState().addField('section', { parentId: section! }).ok).toBe(false);
  });

  it('skips ids the form already uses', () => {
    const store = createTestStore();
    addFields(store, ['text']);
    // A second store with the same counter would reuse f_1: replace the document to force it.
    const clash = createTestStore({ initial: store.getState().schema });
    expect(clash.getState().addField('text')).toEqual({ ok: true, id: 'f_2' });
  });
});
