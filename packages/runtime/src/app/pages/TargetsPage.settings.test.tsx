import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeView } from '../api/ApiViews.js';
import type { TargetSettingsView } from '../performance/targetSettingsApi.js';
import type { FakeServer } from '../testing/fakeServer.js';
import { renderApp } from '../testing/renderApp.js';
import { manager, performanceServer } from '../testing/samplePerformance.js';
import { admin } from '../testing/sampleData.js';

// How often a target may change in its period (#13), on the targets page: an admin sees and
// changes the app's setting; anyone else reads it and has no control — against a fake server
// that keeps the setting and, like the real one, refuses non-admins.

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

function settingsServer(me: MeView, state: { settings: TargetSettingsView }): FakeServer {
  return performanceServer({ me })
    .on('GET', /^\/api\/apps\/app1\/forms$/, () => ({ body: { items: [] } }))
    .on('GET', /^\/api\/apps\/app1\/targets\/progress$/, (request) => ({ body: { period: request.query.get('period'), metric: request.query.get('metric'), today: '2024-05-06', people: [] } }))
    .on('GET', /^\/api\/apps\/app1\/targets\/claims$/, () => ({ body: { period: '2024-05', metric: 'k_sales', myTarget: null, mine: null, claims: [], teams: [] } }))
    .on('GET', /^\/api\/apps\/app1\/targets\/settings$/, () => ({ body: state.settings }))
    .on('PUT', /^\/api\/apps\/app1\/targets\/settings$/, (request) => {
      if (me.user.role !== 'admin') return { status: 403, body: { error: { code: 'forbidden', message: 'Forbidden' } } };
      const { maxChangesPerPeriod } = request.body as TargetSettingsView;
      if (maxChangesPerPeriod !== null && maxChangesPerPeriod > 12) {
        return { status: 400, body: { error: { code: 'invalid_body', message: '请求内容无效', details: [{ pointer: '/maxChangesPerPeriod', code: 'range', message: '一个周期最多 12 次' }] } } };
      }
      state.settings = { maxChangesPerPeriod };
      return { body: state.settings };
    });
}

const puts = (server: FakeServer) => server.requests.filter(({ method, path }) => method === 'PUT' && path === '/api/apps/app1/targets/settings').map(({ body }) => body);
const section = async (name: RegExp) => (await screen.findByRole('heading', { level: 2, name }, { timeout: 15_000 })).closest('section') as HTMLElement;

describe('the change limit on the targets page', { timeout: 30_000 }, () => {
  it('an admin limits the changes to a whole number, then lifts the limit again', async () => {
    const server = settingsServer(admin, { settings: { maxChangesPerPeriod: null } });
    const { user } = renderApp(server, '/targets?app=app1');
    const limit = await section(/Target change limit/);
    expect(await within(limit).findByText("This app's targets may change any number of times in their period.")).toBeTruthy();
    const group = within(limit).getByRole('group', { name: 'How often a target may change in its period' });
    expect((within(group).getByRole('radio', { name: 'Any number of times' }) as HTMLInputElement).checked).toBe(true);
    expect(within(limit).queryByRole('spinbutton')).toBeNull();
    await user.click(within(group).getByRole('radio', { name: 'A set number of times' }));
    const count = within(limit).getByRole('spinbutton', { name: 'Changes allowed per period' });
    await user.type(count, '1.5');
    await user.click(within(limit).getByRole('button', { name: 'Save the change limit' }));
    expect((await within(limit).findByRole('alert')).textContent).toBe('The number of changes must be a whole number of 0 or more');
    expect(puts(server)).toEqual([]);
    await user.clear(count);
    await user.type(count, '2');
    await user.type(within(limit).getByRole('textbox', { name: 'Why (optional, kept in the history)' }), '目标认领会后锁定');
    await user.click(within(limit).getByRole('button', { name: 'Save the change limit' }));
    expect(await within(limit).findByText("Each of this app's targets may change at most 2 time(s) in its period.")).toBeTruthy();
    expect(within(limit).getByRole('status').textContent).toBe('Saved.');
    expect((within(limit).getByRole('textbox', { name: 'Why (optional, kept in the history)' }) as HTMLTextAreaElement).value).toBe('');
    await user.click(within(group).getByRole('radio', { name: 'Any number of times' }));
    await user.click(within(limit).getByRole('button', { name: 'Save the change limit' }));
    expect(await within(limit).findByText("This app's targets may change any number of times in their period.")).toBeTruthy();
    expect(puts(server)).toEqual([{ maxChangesPerPeriod: 2, reason: '目标认领会后锁定' }, { maxChangesPerPeriod: null }]);
  });

  it('reads in Chinese, starts from the stored number, and shows the server’s refusal', async () => {
    const server = settingsServer(admin, { settings: { maxChangesPerPeriod: 1 } });
    const { user } = renderApp(server, '/targets?app=app1', { locale: 'zh-CN' });
    const limit = await section(/目标调整限制/);
    expect(await within(limit).findByText('本应用的每个目标在其周期内最多调整 1 次。')).toBeTruthy();
    const group = within(limit).getByRole('group', { name: '每个周期目标最多调整几次' });
    expect((within(group).getByRole('radio', { name: '限定次数' }) as HTMLInputElement).checked).toBe(true);
    const count = within(limit).getByRole('spinbutton', { name: '每个周期最多调整次数' }) as HTMLInputElement;
    expect(count.value).toBe('1');
    await user.clear(count);
    await user.type(count, '20');
    await user.click(within(limit).getByRole('button', { name: '保存调整限制' }));
    expect((await within(limit).findByRole('alert')).textContent).toBe('请求内容无效 · 一个周期最多 12 次');
    expect(within(limit).getByText('本应用的每个目标在其周期内最多调整 1 次。')).toBeTruthy();
  });

  it('a manager reads the limit but has no control over it', async () => {
    const server = settingsServer(manager, { settings: { maxChangesPerPeriod: 1 } });
    renderApp(server, '/targets?app=app1');
    expect(await screen.findByText("Each of this app's targets may change at most 1 time(s) in its period.", undefined, { timeout: 15_000 })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Target change limit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save the change limit' })).toBeNull();
    expect(screen.queryByRole('radio', { name: 'A set number of times' })).toBeNull();
    expect(puts(server)).toEqual([]);
  });
});
