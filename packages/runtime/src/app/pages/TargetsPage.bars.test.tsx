import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormSchema } from '../../engine/index.js';
import { renderApp } from '../testing/renderApp.js';
import { manager, performanceServer } from '../testing/samplePerformance.js';

// The targets page's tree has a bar on each node of a time split — the year and each quarter of
// East's 2024 — from the server's actual of that very target, due pro-rated over its own period.

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

const targetsSchema: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '目标',
  fields: ['tgt_period', 'tgt_level', 'tgt_department', 'tgt_person', 'tgt_metric', 'tgt_amount', 'tgt_parent', 'tgt_rule'].map((id) => ({ id, type: 'text' as const, label: id })),
};

function barsServer() {
  return performanceServer({ me: manager })
    .on('GET', /^\/api\/apps\/app1\/forms$/, () => ({ body: { items: [{ id: 'tgt1', appId: 'app1', title: '目标', publishedVersion: 1 }] } }))
    .on('GET', /^\/api\/forms\/tgt1$/, () => ({ body: { id: 'tgt1', appId: 'app1', title: '目标', published: { version: 1, schema: targetsSchema } } }))
    .on('GET', /^\/api\/forms\/tgt1\/records$/, () => ({
      body: {
        items: [
          { id: 'r1', formId: 'tgt1', version: 1, data: { tgt_period: '2024', tgt_level: 'department', tgt_department: 'd1', tgt_metric: 'k_sales', tgt_amount: 1200 } },
          { id: 'r2', formId: 'tgt1', version: 1, data: { tgt_period: '2024-Q1', tgt_level: 'department', tgt_department: 'd1', tgt_metric: 'k_sales', tgt_amount: 300, tgt_parent: 'r1', tgt_rule: '平均分配 ‖ en: Split evenly' } },
          { id: 'r3', formId: 'tgt1', version: 1, data: { tgt_period: '2024-Q4', tgt_level: 'department', tgt_department: 'd1', tgt_metric: 'k_sales', tgt_amount: 300, tgt_parent: 'r1' } },
          { id: 'r4', formId: 'tgt1', version: 1, data: { tgt_period: '2024-W19', tgt_level: 'department', tgt_department: 'd1', tgt_metric: 'k_sales', tgt_amount: 20, tgt_parent: 'r1' } },
        ],
        names: { departments: { d1: 'East' } },
      },
    }))
    .on('GET', /^\/api\/apps\/app1\/targets\/progress$/, (request) => ({ body: { period: request.query.get('period'), metric: request.query.get('metric'), today: '2024-05-06', people: [] } }))
    .on('GET', /^\/api\/apps\/app1\/targets\/actuals$/, () => ({ body: { metric: 'k_sales', source: true, actuals: { r1: 450, r2: 280, r3: 0, r4: null } } }));
}

describe('bars in the targets tree', { timeout: 30_000 }, () => {
  it('shows a bar on the year and each quarter, none on a week the server has no actual for', async () => {
    const server = barsServer();
    renderApp(server, '/targets?app=app1');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Decomposition' }, { timeout: 15_000 })).closest('section') as HTMLElement;
    const q1 = await within(section).findByRole('progressbar', { name: "East 2024-Q1's progress" });
    expect(q1.getAttribute('aria-valuetext')).toBe('280 of 300 due (300 for the period)'); // a past quarter: all due
    expect(within(section).getByRole('progressbar', { name: "East 2024-Q4's progress" }).getAttribute('aria-valuetext')).toBe('0 of 0 due (300 for the period)');
    expect(within(section).getByRole('progressbar', { name: "East 2024's progress" }).getAttribute('aria-valuetext')).toBe('450 of 416.39 due (1,200 for the period)'); // 1,200 × 127 ÷ 366 days of 2024
    expect(within(section).queryByRole('progressbar', { name: "East 2024-W19's progress" })).toBeNull();
    expect(server.requests.find(({ path }) => path === '/api/apps/app1/targets/actuals')?.query.get('metric')).toBe('k_sales');
    // A rule stored in both languages reads in the page's.
    expect(within(section).getByText('— Rule: Split evenly')).toBeTruthy();
  });

  it('reads in Chinese, the stored rule too', async () => {
    renderApp(barsServer(), '/targets?app=app1', { locale: 'zh-CN' });
    expect(await screen.findByRole('progressbar', { name: 'East 2024-Q1 的完成进度' }, { timeout: 15_000 })).toBeTruthy();
    expect(screen.getByText('— 规则：平均分配')).toBeTruthy();
  });
});
