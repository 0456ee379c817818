import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/testing/createFakeApi.js';
import { createDraftStorage } from '../../persistence/draftStorage.js';
import { App } from './App.js';

afterEach(() => cleanup());

const drafts = () => createDraftStorage({ getItem: () => null, setItem: () => undefined, removeItem: () => undefined });

beforeEach(() => {
  window.location.hash = '';
});

describe('the organisation in the designer', () => {
  it('is reached from the header’s navigation, which marks where the admin is', async () => {
    const user = userEvent.setup();
    render(<App api={createFakeApi().api} drafts={drafts()} initialLocale="zh-CN" />);
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    expect(within(nav).getByRole('link', { name: '应用' }).getAttribute('aria-current')).toBe('page');
    await user.click(within(nav).getByRole('link', { name: '组织架构' }));
    const main = await screen.findByRole('region', { name: '组织架构' });
    expect(within(main).getByRole('heading', { level: 3, name: '部门' })).toBeTruthy();
    expect(within(main).getByRole('heading', { level: 3, name: '用户' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: '组织架构' }).getAttribute('aria-current')).toBe('page');
    expect(window.location.hash).toBe('#/org');
  });

  it('is not offered to anyone but admins', async () => {
    window.location.hash = '#/org';
    render(<App api={createFakeApi({ user: { id: 'u_2', username: 'rep', name: 'Rep', role: 'member' } }).api} drafts={drafts()} initialLocale="en" />);
    expect(await screen.findByText('Only admins manage the organisation.')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
  });
});
