import type * as Engine from '@formwork/runtime';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The server's Content-Security-Policy forbids the code generation behind parseFormSchema.
vi.mock('@formwork/runtime', async (importOriginal) => ({
  ...(await importOriginal<typeof Engine>()),
  parseFormSchema: () => {
    throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not an allowed source of script");
  },
}));

const { renderEditor } = await import('../testing/renderEditor.js');

afterEach(() => cleanup());

describe('the JSON view where the engine cannot check documents', () => {
  it('takes a document with a form’s outline (the server checks the rest on save)', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'JSON view' }));
    const dialog = screen.getByRole('dialog', { name: 'Form JSON' });
    const outline = { ...store.getState().schema, title: 'Imported', fields: [{ id: 'f_a', type: 'number', label: 'N', precision: 'two' }] };
    fireEvent.change(within(dialog).getByLabelText('FormSchema JSON'), { target: { value: JSON.stringify(outline) } });
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(store.getState().schema.title).toBe('Imported');
  });

  it('refuses what is not a form', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    const before = store.getState().schema;
    await user.click(screen.getByRole('button', { name: 'JSON view' }));
    const dialog = screen.getByRole('dialog', { name: 'Form JSON' });
    fireEvent.change(within(dialog).getByLabelText('FormSchema JSON'), { target: { value: JSON.stringify({ kind: 'form', title: 'x', fields: [{ id: 1 }] }) } });
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(within(dialog).getByRole('alert').textContent).toContain('This is not a form');
    expect(store.getState().schema).toBe(before);
  });
});
