import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeView } from '../api/ApiViews.js';
import type { TargetClaimsView, TargetClaimView } from '../performance/targetClaimsApi.js';
import type { FakeServer } from '../testing/fakeServer.js';
import { renderApp } from '../testing/renderApp.js';
import { manager, performanceServer } from '../testing/samplePerformance.js';
import { member } from '../testing/sampleData.js';

// 目标认领 on the targets page: a rep claims and confirms their own target, a manager approves or
// returns their team's claims and sees the gap — against a fake server that keeps the claims.

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

const claimOf = (changes: Partial<TargetClaimView>): TargetClaimView => ({
  id: 'c1',
  personId: 'u1',
  name: 'Li Lei',
  departmentId: 'd1',
  status: 'proposed',
  proposed: 120,
  note: null,
  approved: null,
  decisionNote: null,
  decidedBy: null,
  decidedAt: null,
  confirmedAmount: null,
  confirmedBy: null,
  confirmedAt: null,
  target: null,
  confirmedCurrent: false,
  ...changes,
});

const gap = (approved: number) => ({
  departmentId: 'd1',
  name: 'East',
  summary: {
    target: 1000,
    proposedTotal: 120,
    approvedTotal: approved,
    gap: 1000 - approved,
    proposedGap: 880,
    pending: [],
    unconfirmed: [],
    message: { 'zh-CN': `已批准认领 ${approved}，距团队目标 1,000 还差 ${1000 - approved}`, en: `Approved claims total ${approved}: ${1000 - approved} short of the team target of 1,000` },
  },
});

/** The performance sample plus a claims route holding `state` (the rep's view or the manager's), changed by each action as the server would. */
function claimsServer(me: MeView, state: { view: TargetClaimsView }): FakeServer {
  return performanceServer({ me })
    .on('GET', /^\/api\/apps\/app1\/forms$/, () => ({ body: { items: [] } }))
    .on('GET', /^\/api\/apps\/app1\/targets\/progress$/, (request) => ({ body: { period: request.query.get('period'), metric: request.query.get('metric'), today: '2024-05-06', people: [] } }))
    .on('GET', /^\/api\/apps\/app1\/targets\/claims$/, () => ({ body: state.view }))
    .on('POST', /^\/api\/apps\/app1\/targets\/claims$/, (request) => {
      const { proposed } = request.body as { proposed: number };
      state.view = { ...state.view, mine: claimOf({ proposed }) };
      return { body: state.view };
    })
    .on('POST', /^\/api\/apps\/app1\/targets\/claims\/confirm$/, () => {
      state.view = { ...state.view, mine: claimOf({ status: 'confirmed', confirmedAmount: 100, confirmedBy: 'u1', confirmedAt: '2024-05-06T02:00:00.000Z', target: 100, confirmedCurrent: true }) };
      return { body: state.view };
    })
    .on('POST', /^\/api\/apps\/app1\/targets\/claims\/c1\/decision$/, (request) => {
      const { decision, amount, note } = request.body as { decision: string; amount?: number; note?: string };
      if (decision === 'return' && note === undefined) return { status: 400, body: { error: { code: 'invalid_body', message: '请求内容无效', details: [{ pointer: '/note', code: 'required', message: '退回认领须写明原因' }] } } };
      const approved = amount ?? 120;
      state.view =
        decision === 'return'
          ? { ...state.view, claims: [claimOf({ status: 'returned', decisionNote: note ?? null })] }
          : { ...state.view, claims: [claimOf({ status: 'approved', approved, target: approved })], teams: [gap(approved)] };
      return { body: state.view };
    });
}

const empty = { period: '2024-05', metric: 'k_sales', myTarget: null, mine: null, claims: [], teams: [] } satisfies TargetClaimsView;
const section = async () => (await screen.findByRole('heading', { level: 2, name: /Target claims|目标认领/ }, { timeout: 15_000 })).closest('section') as HTMLElement;

describe('target claims on the targets page', { timeout: 30_000 }, () => {
  it('a rep claims their own target: a bad amount is refused before sending, a good one waits for the manager', async () => {
    const server = claimsServer(member, { view: empty });
    const { user } = renderApp(server, '/targets?app=app1');
    const claims = await section();
    expect(await within(claims).findByText('No target has been given to you for 2024-05 yet.')).toBeTruthy();
    await user.type(within(claims).getByRole('textbox', { name: 'Target you claim' }), 'lots');
    await user.click(within(claims).getByRole('button', { name: 'Claim' }));
    expect((await within(claims).findByRole('alert')).textContent).toBe('The amount must be a number of 0 or more');
    await user.clear(within(claims).getByRole('textbox', { name: 'Target you claim' }));
    await user.type(within(claims).getByRole('textbox', { name: 'Target you claim' }), '120');
    await user.type(within(claims).getByRole('textbox', { name: 'What you base it on (optional)' }), '去年 100');
    await user.click(within(claims).getByRole('button', { name: 'Claim' }));
    expect(await within(claims).findByText('You claimed 120; waiting for your manager.')).toBeTruthy();
    const sent = server.requests.filter(({ method, path }) => method === 'POST' && path === '/api/apps/app1/targets/claims').map(({ body }) => body);
    expect(sent).toEqual([{ period: '2024-05', metric: 'k_sales', proposed: 120, note: '去年 100' }]);
    expect(within(claims).queryByRole('button', { name: /Confirm my target/ })).toBeNull();
  });

  it('a rep confirms the target given to them, and sees when', async () => {
    const server = claimsServer(member, { view: { ...empty, myTarget: 100, mine: claimOf({ status: 'approved', approved: 100, target: 100 }) } });
    const { user } = renderApp(server, '/targets?app=app1');
    const claims = await section();
    expect(await within(claims).findByText('Your manager approved 100; please confirm it.')).toBeTruthy();
    expect(within(claims).queryByRole('button', { name: 'Claim' })).toBeNull(); // decided: no claiming again
    await user.click(within(claims).getByRole('button', { name: 'Confirm my target of 100' }));
    expect(await within(claims).findByText(/^You confirmed 100 on /)).toBeTruthy();
    expect(within(claims).queryByRole('button', { name: /Confirm my target/ })).toBeNull();
    expect(server.requests.filter(({ method, path }) => method === 'POST' && path === '/api/apps/app1/targets/claims/confirm').map(({ body }) => body)).toEqual([{ period: '2024-05', metric: 'k_sales' }]);
  });

  it('a manager returns a claim only with a note, then approves another for a different amount and sees the gap (in Chinese)', async () => {
    const state = { view: { ...empty, claims: [claimOf({ note: '去年 100' })], teams: [gap(0)] } };
    const server = claimsServer(manager, state);
    const { user } = renderApp(server, '/targets?app=app1', { locale: 'zh-CN' });
    const claims = await section();
    expect(await within(claims).findByText(/距团队目标 1,000 还差 1000/)).toBeTruthy();
    const row = within(claims).getByRole('row', { name: /Li Lei/ });
    await user.click(within(row).getByRole('button', { name: '退回 Li Lei 的认领' }));
    expect((await within(claims).findByRole('alert')).textContent).toContain('退回认领须写明原因');
    await user.clear(within(row).getByRole('textbox', { name: '批准给 Li Lei 的目标' }));
    await user.type(within(row).getByRole('textbox', { name: '批准给 Li Lei 的目标' }), '110');
    await user.type(within(row).getByRole('textbox', { name: '给 Li Lei 的意见（退回时必填）' }), '按 110 下达');
    await user.click(within(row).getByRole('button', { name: '批准 Li Lei 的认领' }));
    expect(await within(claims).findByText('已批准 110')).toBeTruthy();
    expect(within(claims).getByText(/还差 890/)).toBeTruthy();
    const sent = server.requests.filter(({ method, path }) => method === 'POST' && path === '/api/apps/app1/targets/claims/c1/decision').map(({ body }) => body);
    expect(sent).toEqual([{ decision: 'return' }, { decision: 'approve', amount: 110, note: '按 110 下达' }]);
  });
});
