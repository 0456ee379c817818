import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../engine/index.js';
import { LocaleContext } from '../i18n/LocaleContext.js';
import { Header } from './Header.js';

afterEach(cleanup);

function renderHeader(locale: Locale, userName: string | null, onLogout: (() => void) | null = null) {
  return render(
    <LocaleContext.Provider value={{ locale, setLocale: () => undefined }}>
      <Header userName={userName} onLogout={onLogout} />
    </LocaleContext.Provider>,
  );
}

// The phone layout itself (one line, the panel below) is CSS, checked at 360 px in e2e/fill.e2e.ts;
// here: the menu button's state, and how the keyboard and a press outside close it.
describe('the header', () => {
  it.each([
    ['zh-CN', '账户与语言', '退出登录'],
    ['en', 'Account and language', 'Log out'],
  ] as const)('in %s: the account menu button says whether it is open and controls the panel with the language and "Log out"', async (locale, menuName, logOut) => {
    const onLogout = vi.fn();
    renderHeader(locale, '李雷', onLogout);
    const menu = screen.getByRole('button', { name: menuName });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(menu.getAttribute('aria-controls') ?? '');
    expect(panel?.textContent).toContain('李雷');
    expect(panel?.contains(screen.getByRole('combobox', { name: locale === 'en' ? 'Language' : '语言' }))).toBe(true);
    await userEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: logOut }));
    expect(onLogout).toHaveBeenCalledTimes(1);
  });

  it('closes on Escape and gives the focus back to the button', async () => {
    renderHeader('en', 'Li Lei', () => undefined);
    const menu = screen.getByRole('button', { name: 'Account and language' });
    await userEvent.click(menu);
    screen.getByRole('combobox', { name: 'Language' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menu);
  });

  it('closes when the user presses outside it, and stays open for a press inside', async () => {
    renderHeader('en', 'Li Lei', () => undefined);
    const menu = screen.getByRole('button', { name: 'Account and language' });
    await userEvent.click(menu);
    await userEvent.click(screen.getByRole('combobox', { name: 'Language' }));
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    await userEvent.click(screen.getByRole('navigation'));
    expect(menu.getAttribute('aria-expanded')).toBe('false');
  });

  it('on a public form shows the language without a menu, navigation or user', () => {
    renderHeader('en', null);
    expect(screen.queryByRole('button', { name: 'Account and language' })).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeTruthy();
  });
});
