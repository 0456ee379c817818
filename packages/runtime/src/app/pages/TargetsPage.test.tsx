import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormSchema } from '../../engine/index.js';
import type { MeView } from '../api/ApiViews.js';
import type { FakeServer } from '../testing/fakeServer.js';
import { renderApp } from '../testing/renderApp.js';
import { manager, performanceServer } from '../testing/samplePerformance.js';

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

const targetsSchema: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '目标',
  fields: ['tgt_period', 'tgt_level', 'tgt_department', 'tgt_person', 'tgt_metric', 'tgt_amount', 'tgt_parent', 'tgt_rule'].map((id) => ({ id, type: 'text' as const, label: id })),
};

const tree = {
  key: '2024',
  label: { 'zh-CN': '2024 年', en: '2024' },
  value: 1200,
  rule: { code: 'root', text: { 'zh-CN': '根目标', en: 'The root target' } },
  children: [
    { key: '2024-Q1', label: { 'zh-CN': '2024 年第 1 季度', en: 'Q1 2024' }, value: 300, rule: { code: 'even', text: { 'zh-CN': '平均分配', en: 'Split evenly' } } },
    { key: '2024-Q2', label: { 'zh-CN': '2024 年第 2 季度', en: 'Q2 2024' }, value: 300, rule: { code: 'even', text: { 'zh-CN': '平均分配', en: 'Split evenly' } } },
  ],
};

/** app1 with its scheme, a targets form holding East's year split (short of its parent) and Li Lei's May target, and the decompose route. */
function targetsServer(me: MeView = manager): FakeServer {
  return performanceServer({ me })
    .on('GET', /^\/api\/apps\/app1\/forms$/, () => ({ body: { items: [{ id: 'frm1', appId: 'app1', title: 'Customer visit', publishedVersion: 3 }, { id: 'tgt1', appId: 'app1', title: '目标', publishedVersion: 1 }] } }))
    .on('GET', /^\/api\/forms\/tgt1$/, () => ({ body: { id: 'tgt1', appId: 'app1', title: '目标', published: { version: 1, schema: targetsSchema } } }))
    .on('GET', /^\/api\/forms\/tgt1\/records$/, () => ({
      body: {
        items: [
          { id: 'r1', formId: 'tgt1', version: 1, data: { tgt_period: '2024', tgt_level: 'department', tgt_department: 'd1', tgt_metric: 'k_sales', tgt_amount: 1200, tgt_rule: '根目标' } },
          { id: 'r2', formId: 'tgt1', version: 1, data: { tgt_period: '2024-Q1', tgt_level: 'department', tgt_department: 'd1', tgt_metric: 'k_sales', tgt_amount: 300, tgt_parent: 'r1' } },
          { id: 'r3', formId: 'tgt1', version: 1, data: { tgt_period: '2024-05', tgt_level: 'person', tgt_person: 'u1', tgt_metric: 'k_sales', tgt_amount: 100 } },
        ],
        names: { users: { u1: 'Li Lei' }, departments: { d1: 'East' } },
      },
    }))
    .on('GET', /^\/api\/apps\/app1\/targets\/progress$/, (request) => ({
      body: { period: request.query.get('period'), metric: request.query.get('metric'), today: '2024-05-06', people: [{ personId: 'u1', name: 'Li Lei', departmentId: 'd1', target: 100, actual: 12, due: 19.35, share: 0.6202 }] },
    }))
    .on('GET', /^\/api\/departments$/, () => ({ body: { items: [{ id: 'd1', name: 'East', parentId: null, children: [] }] } }))
    .on('POST', /^\/api\/apps\/app1\/targets\/decompose$/, (request) => {
      const dryRun = (request.body as { dryRun: boolean }).dryRun;
      return { status: dryRun ? 200 : 201, body: { dryRun, tree, mismatches: [], ...(dryRun ? {} : { created: 3, replaced: 0 }) } };
    });
}

describe('the targets page', { timeout: 20_000 }, () => {
  it("shows each person's actual against the part of the target due today as a progress bar, with the figures in words", async () => {
    const server = targetsServer();
    renderApp(server, '/targets?app=app1');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Progress against target' }, { timeout: 15_000 })).closest('section') as HTMLElement;
    const bar = await within(section).findByRole('progressbar', { name: "Li Lei's progress" });
    expect(bar.getAttribute('aria-valuenow')).toBe('12');
    expect(bar.getAttribute('aria-valuemax')).toBe('19.35');
    expect(bar.getAttribute('aria-valuetext')).toBe('12 of 19.35 due (100 for the period)');
    const request = server.requests.find(({ path }) => path === '/api/apps/app1/targets/progress');
    expect([request?.query.get('period'), request?.query.get('metric')]).toEqual(['2024-05', 'k_sales']);
  });

  it('shows the stored decomposition with children that fall short of their parent', async () => {
    renderApp(targetsServer(), '/targets?app=app1');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Decomposition' }, { timeout: 15_000 })).closest('section') as HTMLElement;
    expect(await within(section).findByText('Children add up to 300, 900 off')).toBeTruthy();
    expect(within(section).getAllByText('East', { selector: 'strong' })).toHaveLength(2);
    // Li Lei's May target carries the progress bar of the page's period.
    expect(within(section).getByRole('progressbar', { name: "Li Lei's progress" })).toBeTruthy();
  });

  it('previews a decomposition as a dry run, then applies the same request', async () => {
    const server = targetsServer();
    const { user } = renderApp(server, '/targets?app=app1');
    const form = (await screen.findByRole('heading', { level: 2, name: 'Decompose a target' }, { timeout: 15_000 })).closest('section') as HTMLElement;
    await user.click(within(form).getByRole('button', { name: 'Preview' }));
    expect(await within(form).findByText('The amount must be a number of 0 or more')).toBeTruthy();
    await user.type(within(form).getByRole('textbox', { name: 'Amount' }), '1200');
    await within(form).findByRole('option', { name: 'East' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Department' }), 'd1');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Down to' }), 'quarter');
    await user.click(within(form).getByRole('button', { name: 'Preview' }));
    expect(await within(form).findByText('Preview: nothing saved yet.')).toBeTruthy();
    expect(within(form).getByText('Q1 2024')).toBeTruthy();
    expect(within(form).getAllByText('— Rule: Split evenly')).toHaveLength(2);
    await user.click(within(form).getByRole('button', { name: 'Apply' }));
    expect(await within(form).findByText('Saved: 3 created, 0 replaced.')).toBeTruthy();
    const sent = server.requests.filter(({ method, path }) => method === 'POST' && path === '/api/apps/app1/targets/decompose').map(({ body }) => body);
    const request = { root: { period: '2024', amount: 1200, metric: 'k_sales', department: 'd1' }, time: { to: 'quarter', method: 'even' } };
    expect(sent).toEqual([{ ...request, dryRun: true }, { ...request, dryRun: false }]);
  });

  it("splits a stored target further: the form starts from its period, department and amount, one level down", async () => {
    const server = targetsServer();
    const { user } = renderApp(server, '/targets?app=app1');
    await screen.findByRole('button', { name: "Split East's 2024 target further" }, { timeout: 15_000 });
    // A person's target is not split further.
    expect(screen.queryByRole('button', { name: /Split Li Lei/ })).toBeNull();
    // A first decomposition applied: the tree is read again.
    const first = screen.getByRole('heading', { level: 2, name: 'Decompose a target' }).closest('section') as HTMLElement;
    await user.type(within(first).getByRole('textbox', { name: 'Amount' }), '1200');
    await user.click(within(first).getByRole('button', { name: 'Preview' }));
    await user.click(await within(first).findByRole('button', { name: 'Apply' }));
    expect(await within(first).findByText('Saved: 3 created, 0 replaced.')).toBeTruthy();
    await screen.findByRole('option', { name: 'East' });
    await user.click(await screen.findByRole('button', { name: "Split East's 2024 target further" }));
    // The form starts afresh (a new section) from the target.
    const form = screen.getByRole('heading', { level: 2, name: 'Decompose a target' }).closest('section') as HTMLElement;
    await within(form).findByRole('option', { name: 'East' });
    const amount = within(form).getByRole('textbox', { name: 'Amount' }) as HTMLInputElement;
    expect(amount.value).toBe('1200');
    expect(document.activeElement).toBe(amount);
    const chosen = (name: string) => (within(form).getByRole('combobox', { name }) as HTMLSelectElement).value;
    expect([chosen('Department'), chosen('Split'), chosen('Down to')]).toEqual(['d1', 'org', 'person']);
    await user.click(within(form).getByRole('button', { name: 'Preview' }));
    expect(await within(form).findByText('Preview: nothing saved yet.')).toBeTruthy();
    const sent = server.requests.filter(({ method, path }) => method === 'POST' && path === '/api/apps/app1/targets/decompose').map(({ body }) => body);
    expect(sent.at(-1)).toEqual({ root: { period: '2024', amount: 1200, metric: 'k_sales', department: 'd1' }, org: { to: 'person', method: 'even' }, dryRun: true });
    // One tree beside the one form (the applied decomposition's new tree and the new form are told apart).
    expect(screen.getAllByRole('heading', { level: 2, name: 'Decomposition' })).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 2, name: 'Decompose a target' })).toHaveLength(1);
  });

  it('offers a rep no decompose form, and reads in Chinese', async () => {
    const { member } = await import('../testing/sampleData.js');
    renderApp(targetsServer(member), '/targets?app=app1', { locale: 'zh-CN' });
    expect(await screen.findAllByRole('progressbar', { name: 'Li Lei 的完成进度' }, { timeout: 15_000 })).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 1, name: '目标' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('heading', { name: '分解目标' })).toBeNull());
    expect(screen.queryByRole('button', { name: /继续分解/ })).toBeNull();
  });
});
