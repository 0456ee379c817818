import { parseFormSchema } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { addFields, createTestStore, emptyForm } from './testing/createTestStore.js';

describe('setFormMeta', () => {
  it('sets title, description, submit text and access, and clears them with empty values', () => {
    const store = createTestStore();
    const access = { submit: { roles: ['member' as const] }, rows: { member: 'own' as const, manager: 'department' as const } };
    store.getState().setFormMeta({ title: 'Customer visit', description: 'One per visit', submitText: 'Send', access });
    expect(store.getState().schema).toMatchObject({
      title: 'Customer visit',
      description: 'One per visit',
      settings: { submitText: 'Send', access },
    });
    store.getState().setFormMeta({ description: '', submitText: '', access: undefined });
    expect(store.getState().schema).not.toHaveProperty('description');
    expect(store.getState().schema).not.toHaveProperty('settings');
    expect(store.getState().schema.title).toBe('Customer visit');
  });
});

describe('setFormMeta: the reason for a change', () => {
  it('requires a reason in one undo step, keeps the other settings, and removes the rule again', () => {
    const store = createTestStore();
    store.getState().setFormMeta({ submitText: 'Send' });
    store.getState().setFormMeta({ changeReason: 'required' });
    expect(store.getState().schema.settings).toEqual({ submitText: 'Send', changeReason: 'required' });
    expect(parseFormSchema(store.getState().schema)).toMatchObject({ ok: true, value: { settings: { changeReason: 'required' } } });
    store.getState().undo();
    expect(store.getState().schema.settings).toEqual({ submitText: 'Send' });
    store.getState().redo();
    store.getState().setFormMeta({ changeReason: undefined });
    expect(store.getState().schema.settings).toEqual({ submitText: 'Send' });
    expect(parseFormSchema(store.getState().schema).ok).toBe(true);
  });

  it("drops the settings object once the rule was the last thing in it, and leaves the rule alone when the patch doesn't name it", () => {
    const store = createTestStore({ initial: { ...emptyForm(), settings: { changeReason: 'required' } } });
    store.getState().setFormMeta({ title: 'Renamed' });
    expect(store.getState().schema.settings).toEqual({ changeReason: 'required' });
    store.getState().setFormMeta({ changeReason: undefined });
    expect(store.getState().schema).not.toHaveProperty('settings');
  });
});

describe('setFormMeta: who may change records', () => {
  it('sets access.edit beside the rows in one undo step, as a document parseFormSchema accepts', () => {
    const store = createTestStore({ initial: { ...emptyForm(), settings: { access: { rows: { manager: 'all' } } } } });
    store.getState().setFormMeta({ access: { rows: { manager: 'all' }, edit: { manager: 'visible', member: 'none' } } });
    expect(store.getState().schema.settings?.access).toEqual({ rows: { manager: 'all' }, edit: { manager: 'visible', member: 'none' } });
    expect(parseFormSchema(store.getState().schema)).toMatchObject({ ok: true, value: { settings: { access: { edit: { manager: 'visible', member: 'none' } } } } });
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().schema.settings?.access).toEqual({ rows: { manager: 'all' } });
  });
});

describe('form-level validations', () => {
  it('adds, updates and removes a validation', () => {
    const store = createTestStore();
    const [start, end] = addFields(store, ['date'], ['date']);
    const assert = { '<=': [{ var: start! }, { var: end! }] };
    const added = store.getState().addValidation({ assert, message: { en: 'Start before end', 'zh-CN': '开始须早于结束' }, fields: [end!] });
    expect(added).toEqual({ ok: true, id: 'r_3' });
    expect(store.getState().schema.rules?.validations).toEqual([
      { id: 'r_3', assert, message: { en: 'Start before end', 'zh-CN': '开始须早于结束' }, fields: [end!] },
    ]);
    store.getState().updateValidation('r_3', { message: 'Check the dates', fields: undefined });
    expect(store.getState().schema.rules?.validations).toEqual([{ id: 'r_3', assert, message: 'Check the dates' }]);
    store.getState().removeValidation('r_3');
    expect(store.getState().schema.rules?.validations).toEqual([]);
  });

  it('refuses a validation that references a missing field, and an unknown validation id', () => {
    const store = createTestStore();
    expect(store.getState().addValidation({ assert: { var: 'f_missing' }, message: 'x' }).ok).toBe(false);
    expect(store.getState().updateValidation('r_9', { message: 'x' }).ok).toBe(false);
    expect(store.getState().removeValidation('r_9').ok).toBe(false);
  });
});

describe('replaceSchema', () => {
  it('replaces the document and keeps the selection only if its field survived', () => {
    const store = createTestStore();
    addFields(store, ['text'], ['number']);
    const kept = { ...store.getState().schema, title: 'Renamed' };
    store.getState().replaceSchema(kept);
    expect(store.getState().schema).toBe(kept);
    expect(store.getState().selectedId).toBe('f_2');
    store.getState().replaceSchema(emptyForm());
    expect(store.getState().selectedId).toBeNull();
  });
});
