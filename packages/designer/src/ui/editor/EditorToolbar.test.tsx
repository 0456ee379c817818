import { cleanup, act, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderEditor } from '../testing/renderEditor.js';

afterEach(() => cleanup());

describe('undo and redo in the editor', () => {
  it('the buttons undo and redo, and are disabled at the ends', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    const undo = screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement;
    const redo = screen.getByRole('button', { name: 'Redo' }) as HTMLButtonElement;
    expect(undo.disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Add field: Number' }));
    expect(undo.disabled).toBe(false);
    await user.click(undo);
    expect(store.getState().schema.fields).toHaveLength(0);
    expect(redo.disabled).toBe(false);
    await user.click(redo);
    expect(store.getState().schema.fields).toHaveLength(1);
  });

  it('Ctrl+Z and Shift+Ctrl+Z (or Cmd) work outside text inputs only', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    act(() => {
      store.getState().addField('text');
      store.getState().addField('number');
    });
    document.body.focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().schema.fields).toHaveLength(1);
    await user.keyboard('{Meta>}z{/Meta}');
    expect(store.getState().schema.fields).toHaveLength(0);
    await user.keyboard('{Shift>}{Control>}z{/Control}{/Shift}');
    expect(store.getState().schema.fields).toHaveLength(1);
    act(() => void store.getState().selectField('f_1'));
    screen.getByLabelText('Label').focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().schema.fields).toHaveLength(1);
  });
});
