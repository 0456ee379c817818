import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../testing/renderApp.js';
import { manager, performanceServer } from '../testing/samplePerformance.js';

// The decompose form of the targets page sets a target as growth over last year's actual and
// shares it by last year's actuals: the request says so, and the dry run shows the rule behind it.

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

const grown = {
  key: '2024',
  label: { 'zh-CN': '2024 年', en: '2024' },
  value: 1200,
  rule: { code: 'growth', text: { 'zh-CN': '去年同期（2023）实际 1,000 × (1 + 20%) = 1,200', en: 'same period last year (2023) actual 1,000 × (1 + 20%) = 1,200' } },
  children: [{ key: '2024-Q1', label: { 'zh-CN': '2024 年第 1 季度', en: 'Q1 2024' }, value: 1200, rule: { code: 'lastYear', text: { 'zh-CN': '按去年实际占比', en: "By last year's share" } } }],
};

function growthServer() {
  return performanceServer({ me: manager })
    .on('GET', /^\/api\/apps\/app1\/forms$/, () => ({ body: { items: [] } }))
    .on('GET', /^\/api\/apps\/app1\/targets\/progress$/, (request) => ({ body: { period: request.query.get('period'), metric: request.query.get('metric'), today: '2024-05-06', people: [] } }))
    .on('GET', /^\/api\/departments$/, () => ({ body: { items: [{ id: 'd1', name: 'East', parentId: null, children: [] }] } }))
    .on('POST', /^\/api\/apps\/app1\/targets\/decompose$/, (request) => ({ status: 200, body: { dryRun: (request.body as { dryRun: boolean }).dryRun, tree: grown, mismatches: [] } }));
}

describe('a target grown from last year', { timeout: 30_000 }, () => {
  it("sends growth instead of the amount and last year's shares, and shows the rule behind the total", async () => {
    const server = growthServer();
    const { user } = renderApp(server, '/targets?app=app1');
    const form = (await screen.findByRole('heading', { level: 2, name: 'Decompose a target' }, { timeout: 15_000 })).closest('section') as HTMLElement;
    await user.type(within(form).getByRole('textbox', { name: "Or grow last year's actual of the period by (%, e.g. 20)" }), 'lots');
    await user.click(within(form).getByRole('button', { name: 'Preview' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Growth must be a number (e.g. 20 or -10)');
    await user.clear(within(form).getByRole('textbox', { name: "Or grow last year's actual of the period by (%, e.g. 20)" }));
    await user.type(within(form).getByRole('textbox', { name: "Or grow last year's actual of the period by (%, e.g. 20)" }), '20');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Shares' }), 'lastYear');
    await user.click(within(form).getByRole('button', { name: 'Preview' }));
    expect(await within(form).findByText('— Rule: same period last year (2023) actual 1,000 × (1 + 20%) = 1,200')).toBeTruthy();
    const sent = server.requests.filter(({ method, path }) => method === 'POST' && path === '/api/apps/app1/targets/decompose').map(({ body }) => body);
    expect(sent).toEqual([{ root: { period: '2024', growth: 20, metric: 'k_sales' }, time: { to: 'quarter', method: 'lastYear' }, dryRun: true }]);
  });

  it('offers the shares over time only, in Chinese too', async () => {
    const { user } = renderApp(growthServer(), '/targets?app=app1', { locale: 'zh-CN' });
    const form = (await screen.findByRole('heading', { level: 2, name: '分解目标' }, { timeout: 15_000 })).closest('section') as HTMLElement;
    expect(within(form).getByRole('combobox', { name: '分配依据' })).toBeTruthy();
    await user.selectOptions(within(form).getByRole('combobox', { name: '分解方式' }), 'org');
    expect(within(form).queryByRole('combobox', { name: '分配依据' })).toBeNull();
  });
});
