import type { FormSchema } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import type { DesignerStore } from './createDesignerStore.js';
import { addFields, createTestStore, emptyForm } from './testing/createTestStore.js';

/** Runs `command` on a prepared store, then checks that undo restores and redo replays it exactly. */
function expectUndoable(prepare: (store: DesignerStore) => void, command: (store: DesignerStore) => { ok: boolean }): void {
  const store = createTestStore();
  prepare(store);
  const before: FormSchema = store.getState().schema;
  expect(command(store).ok).toBe(true);
  const after = store.getState().schema;
  expect(after).not.toEqual(before);
  expect(store.getState().undo().ok).toBe(true);
  expect(store.getState().schema).toEqual(before);
  expect(store.getState().redo().ok).toBe(true);
  expect(store.getState().schema).toEqual(after);
}

const twoFields = (store: DesignerStore): void => {
  addFields(store, ['number'], ['formula']);
};

describe('undo and redo', () => {
  it.each<[string, (store: DesignerStore) => { ok: boolean }]>([
    ['addField', (s) => s.getState().addField('text')],
    ['moveField', (s) => s.getState().moveField('f_2', { index: 0 })],
    ['updateField', (s) => s.getState().updateField('f_1', { label: 'Qty' })],
    ['duplicateField', (s) => s.getState().duplicateField('f_1')],
    ['removeField', (s) => s.getState().removeField('f_1')],
    ['setFormMeta', (s) => s.getState().setFormMeta({ title: 'Customer visit', submitText: 'Send' })],
    ['setVisibility', (s) => s.getState().setVisibility('f_2', { '>': [{ var: 'f_1' }, 1] })],
    ['setFormula', (s) => s.getState().setFormula('f_2', { '*': [{ var: 'f_1' }, 2] })],
    ['setDefaultValue', (s) => s.getState().setDefaultValue('f_1', { kind: 'fixed', value: 1 })],
    ['addValidation', (s) => s.getState().addValidation({ assert: { '>': [{ var: 'f_1' }, 0] }, message: 'Positive' })],
    ['replaceSchema', (s) => s.getState().replaceSchema(emptyForm('Other'))],
  ])('undoes and redoes %s', (_name, command) => {
    expectUndoable(twoFields, command);
  });

  it('undoes and redoes updateValidation and removeValidation', () => {
    const prepare = (store: DesignerStore): void => {
      twoFields(store);
      store.getState().addValidation({ assert: { '>': [{ var: 'f_1' }, 0] }, message: 'Positive' });
    };
    expectUndoable(prepare, (s) => s.getState().updateValidation('r_3', { message: 'Must be positive' }));
    expectUndoable(prepare, (s) => s.getState().removeValidation('r_3'));
  });

  it('restores the selection with the document', () => {
    const store = createTestStore();
    addFields(store, ['text'], ['number']);
    expect(store.getState().selectedId).toBe('f_2');
    store.getState().undo();
    expect(store.getState().selectedId).toBe('f_1');
    store.getState().redo();
    expect(store.getState().selectedId).toBe('f_2');
  });

  it('walks several steps back and forth, and a new command drops the redo steps', () => {
    const store = createTestStore();
    addFields(store, ['text'], ['number'], ['date']);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().schema.fields.map((f) => f.id)).toEqual(['f_1']);
    store.getState().redo();
    expect(store.getState().schema.fields.map((f) => f.id)).toEqual(['f_1', 'f_2']);
    store.getState().addField('phone');
    expect(store.getState().history.future).toEqual([]);
    expect(store.getState().redo().ok).toBe(false);
  });

  it('refuses to undo or redo past the ends, with a reason', () => {
    const store = createTestStore();
    const undo = store.getState().undo();
    expect(undo.ok).toBe(false);
    if (!undo.ok) expect(undo.reason['zh-CN']).toBeTruthy();
    expect(store.getState().redo().ok).toBe(false);
  });

  it('does not record selection or refused commands as steps', () => {
    const store = createTestStore();
    addFields(store, ['subform'], ['section']);
    const steps = store.getState().history.past.length;
    store.getState().selectField('f_1');
    store.getState().moveField('f_2', { parentId: 'f_1' });
    expect(store.getState().history.past.length).toBe(steps);
  });

  it('load starts a fresh history and marks the document saved', () => {
    const store = createTestStore();
    addFields(store, ['text']);
    const loaded = emptyForm('Loaded');
    store.getState().load(loaded);
    expect(store.getState().history).toEqual({ past: [], future: [] });
    expect(store.getState().savedSchema).toBe(loaded);
    store.getState().addField('text');
    expect(store.getState().schema).not.toBe(store.getState().savedSchema);
    store.getState().undo();
    expect(store.getState().schema).toBe(store.getState().savedSchema);
  });
});
