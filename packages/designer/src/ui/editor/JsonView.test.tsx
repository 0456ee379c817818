import { cleanup, act, fireEvent, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderEditor } from '../testing/renderEditor.js';

afterEach(() => cleanup());

async function openJson(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'JSON view' }));
  const dialog = screen.getByRole('dialog', { name: 'Form JSON' });
  return { dialog, text: within(dialog).getByLabelText('FormSchema JSON') as HTMLTextAreaElement };
}

describe('the JSON view', () => {
  it('shows the document and re-imports an edit as one undo step', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    act(() => void store.getState().addField('text'));
    const { dialog, text } = await openJson(user);
    expect(JSON.parse(text.value)).toEqual(store.getState().schema);
    const edited = { ...store.getState().schema, title: 'From JSON' };
    fireEvent.change(text, { target: { value: JSON.stringify(edited) } });
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().schema.title).toBe('From JSON');
    store.getState().undo();
    expect(store.getState().schema.title).toBe('Visit');
  });

  it('refuses invalid JSON with its line and column', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    const before = store.getState().schema;
    const { dialog, text } = await openJson(user);
    fireEvent.change(text, { target: { value: '{\n  "kind": "form",\n  "title": }' } });
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(within(dialog).getByRole('alert').textContent).toContain('line 3, column 12');
    expect(store.getState().schema).toBe(before);
  });

  it('refuses a document the engine refuses, naming the JSON pointer of the fault', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor({ locale: 'zh-CN' });
    const before = store.getState().schema;
    await user.click(screen.getByRole('button', { name: 'JSON 视图' }));
    const dialog = screen.getByRole('dialog', { name: '表单 JSON' });
    const bad = { ...before, fields: [{ id: 'f_1', type: 'number', label: 'N', precision: 'two' }] };
    fireEvent.change(within(dialog).getByLabelText('FormSchema JSON'), { target: { value: JSON.stringify(bad) } });
    await user.click(within(dialog).getByRole('button', { name: '导入' }));
    expect(within(dialog).getByRole('alert').textContent).toContain('/fields/0/precision');
    expect(store.getState().schema).toBe(before);
  });
});
