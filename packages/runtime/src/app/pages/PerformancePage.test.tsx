import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeServer } from '../testing/fakeServer.js';
import { renderApp } from '../testing/renderApp.js';
import { manager, performanceServer } from '../testing/samplePerformance.js';

beforeEach(() => {
  // navigate() scrolls to the top, which jsdom does not implement.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

const posts = (server: FakeServer, path: string) => server.requests.filter((request) => request.method === 'POST' && request.path === path).map(({ body }) => body);
/** The first test also waits for the lazily loaded performance chunk to compile. */
const heading = (name: string) => screen.findByRole('heading', { level: 2, name }, { timeout: 15_000 });

describe('My performance, as a rep', { timeout: 20_000 }, () => {
  it("shows this month's score of the app's scheme, each item with its explanation, my rank and my trend; no team sheet", async () => {
    const server = performanceServer();
    renderApp(server, '/performance');
    expect(await screen.findByRole('heading', { level: 1, name: 'My performance' }, { timeout: 15_000 })).toBeTruthy();
    const mine = (await heading('Score this period')).closest('section') as HTMLElement;
    expect(within(mine).getByText('85.5 points')).toBeTruthy();
    expect(within(mine).getByText('Grade: 良好')).toBeTruthy();
    expect(within(mine).getByText('Rank: 2')).toBeTruthy();
    expect(within(mine).getByText('签约金额 900,000 ÷ target 1,000,000 = 90% × weight 60 = 54 points')).toBeTruthy();
    expect(within(mine).getByText('54 of 60 points')).toBeTruthy();
    // The defaults: the app's only scheme and the month holding today (2024-05-06).
    expect((screen.getByRole('combobox', { name: 'Period' }) as HTMLSelectElement).value).toBe('2024-05');
    expect(server.requests.some((request) => request.path === '/api/scorings/sco1/runs/2024-05')).toBe(true);
    const trend = within(mine).getByRole('table', { name: 'Trend' });
    expect(within(trend).getAllByRole('row').map((row) => row.textContent)).toEqual(['PeriodTotalGrade', '2024-03Not computed—', '2024-0470合格', '2024-0585.5良好']);
    expect(screen.queryByRole('heading', { name: 'Team sheet' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Compute|Recompute/ })).toBeNull();
  });

  it('acknowledges my sheet with a note, then says who did, when and what they said', async () => {
    const server = performanceServer();
    const { user } = renderApp(server, '/performance');
    const acknowledge = await screen.findByRole('button', { name: 'Acknowledge my sheet' }, { timeout: 15_000 });
    await user.type(screen.getByRole('textbox', { name: 'Note with your confirmation (optional)' }), ' 拜访记录已补齐 ');
    await user.click(acknowledge);
    expect(await screen.findByText(/^Acknowledged by Li Lei on /)).toBeTruthy();
    expect(screen.getByText('Note: 拜访记录已补齐')).toBeTruthy();
    expect(posts(server, '/api/scorings/sco1/runs/2024-05/confirm')).toEqual([{ subject: 'person', id: 'u1', note: '拜访记录已补齐' }]);
    expect(screen.queryByRole('button', { name: 'Acknowledge my sheet' })).toBeNull();
  });

  it('reads in Chinese: the headings, the explanation the engine wrote in Chinese', async () => {
    renderApp(performanceServer(), '/performance', { locale: 'zh-CN' });
    expect(await screen.findByRole('heading', { level: 1, name: '我的绩效' }, { timeout: 15_000 })).toBeTruthy();
    const mine = (await heading('本期得分')).closest('section') as HTMLElement;
    expect(within(mine).getByText('85.5 分')).toBeTruthy();
    expect(within(mine).getByText('签约金额 90万 ÷ 目标 100万 = 90% × 权重 60 = 54 分')).toBeTruthy();
    expect(within(mine).getByRole('button', { name: '确认我的考核结果' })).toBeTruthy();
    expect(screen.getByText('排名：第 2 名')).toBeTruthy();
  });

  it('says a month not computed yet is not computed, and offers a rep no Compute', async () => {
    renderApp(performanceServer({ computed: false }), '/performance?period=2024-04');
    expect(await screen.findByText('The score sheet for 2024-04 has not been computed yet.', undefined, { timeout: 15_000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Compute the score sheet' })).toBeNull();
  });
});

describe('My performance, as a manager', { timeout: 20_000 }, () => {
  it('shows the team sheet sortable by column, confirms the team and stamps who and when', async () => {
    const server = performanceServer({ me: manager });
    const { user } = renderApp(server, '/performance');
    const sheet = (await heading('Team sheet')).closest('section') as HTMLElement;
    const names = () => within(within(sheet).getAllByRole('table')[0] as HTMLElement).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(names()).toEqual(['Han Mei', 'Li Lei']);
    // Each sortable column's header is a button; the header says how the table is sorted.
    expect(within(sheet).getAllByRole('columnheader', { name: 'Total' })[0]?.getAttribute('aria-sort')).toBe('descending');
    await user.click(within(sheet).getByRole('button', { name: 'Total' }));
    expect(names()).toEqual(['Li Lei', 'Han Mei']);
    expect(within(sheet).getAllByRole('columnheader', { name: 'Total' })[0]?.getAttribute('aria-sort')).toBe('ascending');
    await user.click(within(sheet).getByRole('button', { name: 'Name' }));
    expect(names()).toEqual(['Han Mei', 'Li Lei']);

    await user.click(within(sheet).getByRole('button', { name: 'Confirm East' }));
    expect(await within(sheet).findByText(/^Confirmed by Wang on /)).toBeTruthy();
    // No note given: none sent, none shown, and with every team confirmed the note field goes.
    expect(posts(server, '/api/scorings/sco1/runs/2024-05/confirm')).toEqual([{ subject: 'team', id: 'd1' }]);
    expect(within(sheet).queryByText(/^Note:/)).toBeNull();
    expect(within(sheet).queryByRole('textbox', { name: 'Note with your confirmation (optional)' })).toBeNull();
    expect(within(sheet).queryByRole('button', { name: 'Confirm East' })).toBeNull();
    // A manager who is not on the sheet has no row of their own to acknowledge.
    expect(screen.queryByRole('button', { name: 'Acknowledge my sheet' })).toBeNull();
  });

  it("shows the leaderboard with each row's move since last month, in words for screen readers, and the laggards", async () => {
    renderApp(performanceServer({ me: manager }), '/performance');
    const board = (await heading('Leaderboard')).closest('section') as HTMLElement;
    const rows = within(board).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Han Mei', 'Li Lei']);
    expect(within(rows[1] as HTMLElement).getByText('↑2')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('up 2')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('no change')).toBeTruthy();
    const laggards = (await heading('Behind target')).closest('section') as HTMLElement;
    expect(await within(laggards).findByText('Li Lei is at 25.8% of the target due')).toBeTruthy();
    expect((within(laggards).getByRole('combobox', { name: 'Metric' }) as HTMLSelectElement).value).toBe('k_sales');
  });

  it("sends the note written with a team's confirmation and shows it beside the stamp", async () => {
    const server = performanceServer({ me: manager });
    const { user } = renderApp(server, '/performance');
    const sheet = (await heading('Team sheet')).closest('section') as HTMLElement;
    await user.type(within(sheet).getByRole('textbox', { name: 'Note with your confirmation (optional)' }), '已与财务核对');
    await user.click(within(sheet).getByRole('button', { name: 'Confirm East' }));
    expect(await within(sheet).findByText('Note: 已与财务核对')).toBeTruthy();
    expect(posts(server, '/api/scorings/sco1/runs/2024-05/confirm')).toEqual([{ subject: 'team', id: 'd1', note: '已与财务核对' }]);
  });

  it('shows an admin every team unconfirmed without a Confirm: a confirmation is a manager’s word', async () => {
    const { admin } = await import('../testing/sampleData.js');
    renderApp(performanceServer({ me: admin }), '/performance');
    const sheet = (await heading('Team sheet')).closest('section') as HTMLElement;
    expect(within(sheet).getByRole('rowheader', { name: /East/ })).toBeTruthy();
    expect(within(sheet).queryByRole('button', { name: 'Confirm East' })).toBeNull();
    expect(within(sheet).queryByRole('textbox', { name: 'Note with your confirmation (optional)' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Recompute' })).toBeTruthy();
  });

  it('computes a month not computed yet, then shows it', async () => {
    const server = performanceServer({ me: manager, computed: false });
    const { user } = renderApp(server, '/performance');
    await user.click(await screen.findByRole('button', { name: 'Compute the score sheet' }, { timeout: 15_000 }));
    expect(await heading('Team sheet')).toBeTruthy();
    expect(posts(server, '/api/scorings/sco1/runs')).toEqual([{ period: '2024-05' }]);
  });

  it('asks why before recomputing a confirmed month, refuses a blank reason, and sends the one given', async () => {
    const confirmations = [{ subject: 'team' as const, id: 'd1', confirmedBy: 'u9', confirmedAt: '2024-05-06T02:00:00.000Z' }];
    const server = performanceServer({ me: manager, confirmations });
    const { user } = renderApp(server, '/performance');
    await user.click(await screen.findByRole('button', { name: 'Recompute' }, { timeout: 15_000 }));
    const reason = screen.getByRole('textbox', { name: 'Reason for recomputing (required once confirmed)' });
    await user.click(screen.getByRole('button', { name: 'Recompute' }));
    expect(await screen.findByText('This sheet has been confirmed: give a reason for recomputing it.')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(posts(server, '/api/scorings/sco1/runs')).toEqual([]);
    await user.type(reason, '补录 3 笔合同');
    await user.click(screen.getByRole('button', { name: 'Recompute' }));
    await waitFor(() => expect(posts(server, '/api/scorings/sco1/runs')).toEqual([{ period: '2024-05', reason: '补录 3 笔合同' }]));
    expect(await screen.findByRole('button', { name: 'Confirm East' })).toBeTruthy();
  });
});
