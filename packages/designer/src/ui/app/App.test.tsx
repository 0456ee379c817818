import { cleanup, render, screen } from '@testing-library/react';
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

describe('the designer app', () => {
  it('signs in, creates an app and a form, and opens it in the editor', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({ user: null });
    render(<App api={fake.api} drafts={drafts()} initialLocale="en" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Formwork Designer' })).toBeTruthy();
    await user.type(await screen.findByLabelText('Username'), 'admin');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The username or password is wrong');
    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('No apps yet: create one.')).toBeTruthy();
    await user.type(screen.getByLabelText('App name'), 'Sales');
    await user.click(screen.getByRole('button', { name: 'New app' }));
    expect(await screen.findByText('This app has no forms yet.')).toBeTruthy();
    await user.type(screen.getByLabelText('Form title'), 'Customer visit');
    await user.click(screen.getByRole('button', { name: 'New form' }));
    expect(await screen.findByRole('heading', { name: 'Customer visit' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Fields' })).toBeTruthy();
  });

  it('opens a dashboard in its designer, loaded only then (its own chunk)', async () => {
    const fake = createFakeApi();
    const app = await fake.api.createApp({ name: 'Sales' });
    const dashboard = await fake.api.createDashboard(app.id, { kind: 'dashboard', schemaVersion: 1, title: 'Morning', widgets: [] });
    window.location.hash = `#/apps/${app.id}/dashboards/${dashboard.id}`;
    render(<App api={fake.api} drafts={drafts()} initialLocale="en" />);
    expect(await screen.findByRole('heading', { name: 'Editing dashboard: Morning' }, { timeout: 20000 })).toBeTruthy();
    expect(screen.getByRole('toolbar', { name: 'Dashboard toolbar' })).toBeTruthy();
  });

  it('switches language from the header and signs out', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi();
    render(<App api={fake.api} drafts={drafts()} initialLocale="zh-CN" />);
    expect(await screen.findByText('还没有应用，先创建一个。')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('语言'), 'English');
    expect(screen.getByText('No apps yet: create one.')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(new URL(window.location.href).searchParams.get('lang')).toBe('en');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
  });
});
