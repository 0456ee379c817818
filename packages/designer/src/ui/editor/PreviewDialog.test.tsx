import { act, cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderEditor } from '../testing/renderEditor.js';

afterEach(() => cleanup());

describe('the preview', () => {
  it.each([
    ['en', 'Preview', 'Phone', 'Close'],
    ['zh-CN', '预览', '手机', '关闭'],
  ] as const)('shows the form title at phone width too (%s)', async (locale, preview, phone, close) => {
    const user = userEvent.setup();
    const { store } = renderEditor({ locale });
    act(() => void store.getState().setFormMeta({ title: '客户拜访记录' }));
    await user.click(screen.getByRole('button', { name: preview }));
    const dialog = screen.getByRole('dialog', { name: preview });
    await user.click(within(dialog).getByRole('button', { name: phone }));
    expect(dialog.querySelector('.fw-preview')?.getAttribute('data-width')).toBe('phone');
    expect(within(dialog).getByRole('heading', { name: '客户拜访记录', level: 3 })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: close })).toBeTruthy();
  });

});
