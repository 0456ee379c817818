import { FORM_SCHEMA_VERSION, type FormSchema } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { addFields, createTestStore, outline } from './testing/createTestStore.js';

const version1: FormSchema = {
  kind: 'form',
  schemaVersion: FORM_SCHEMA_VERSION,
  title: '客户拜访记录',
  fields: [
    { id: 'f_customer', type: 'text', label: '客户' },
    { id: 'f_items', type: 'subform', label: '产品明细', fields: [{ id: 'f_qty', type: 'number', label: '数量' }] },
  ],
};

describe('restoreVersion', () => {
  it('makes an old version the document, as one undo step, with nothing selected', () => {
    const store = createTestStore();
    addFields(store, ['phone'], ['date']);
    const draft = store.getState().schema;
    expect(store.getState().restoreVersion(1, version1).ok).toBe(true);
    expect(store.getState().schema.title).toBe('客户拜访记录');
    expect(outline(store.getState().schema.fields)).toEqual(['f_customer', { f_items: ['f_qty'] }]);
    expect(store.getState().selectedId).toBeNull();
    // Unsaved until the usual save sends it as the draft.
    expect(store.getState().schema).not.toBe(store.getState().savedSchema);
    store.getState().undo();
    expect(store.getState().schema).toBe(draft);
  });

  it('refuses a version the engine cannot read, naming it in both languages, and changes nothing', () => {
    const store = createTestStore();
    addFields(store, ['phone']);
    const before = store.getState().schema;
    const result = store.getState().restoreVersion(3, { kind: 'form', fields: 'nope' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.en).toBe('Version 3 cannot be read: the draft is unchanged');
      expect(result.reason['zh-CN']).toBe('版本 3 无法读取，草稿没有改变');
    }
    expect(store.getState().schema).toBe(before);
  });
});
