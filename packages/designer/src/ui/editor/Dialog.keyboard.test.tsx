import { act, cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderEditor } from '../testing/renderEditor.js';

afterEach(() => cleanup());

// The JSON and preview dialogs are aria-modal: Tab and Shift+Tab never reach the editor behind
// them, and Escape in a picker of the previewed form closes the picker, not the preview.
describe('the editor’s dialogs and the keyboard', () => {
  it.each([
    ['JSON view', 'Form JSON'],
    ['Preview', 'Preview'],
  ])('keeps focus inside the %s dialog through 60 Tabs either way', async (button, title) => {
    const user = userEvent.setup();
    const { store } = renderEditor({ locale: 'en' });
    act(() => void store.getState().addField('select'));
    await user.click(screen.getByRole('button', { name: button }));
    const dialog = screen.getByRole('dialog', { name: title });
    for (let step = 0; step < 60; step += 1) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    for (let step = 0; step < 60; step += 1) {
      await user.tab({ shift: true });
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
  });

  it('brings focus back when something outside the dialog takes it', async () => {
    const user = userEvent.setup();
    renderEditor({ locale: 'zh-CN' });
    await user.click(screen.getByRole('button', { name: 'JSON 视图' }));
    const dialog = screen.getByRole('dialog');
    act(() => screen.getAllByRole('button', { name: /^添加字段/ })[0]?.focus());
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('closes an open picker in the preview with Escape and leaves the preview open; the next Escape closes it', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor({ locale: 'en' });
    act(() => void store.getState().addField('select'));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const dialog = screen.getByRole('dialog', { name: 'Preview' });
    const picker = within(dialog).getByRole('combobox');
    await user.click(picker);
    expect(picker.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}');
    expect(picker.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('dialog', { name: 'Preview' })).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Preview' })).toBeNull();
  });
});
