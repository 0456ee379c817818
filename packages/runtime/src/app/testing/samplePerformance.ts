import type { PersonScore } from '../../engine/index.js';
import type { MeView } from '../api/ApiViews.js';
import type { ScoreConfirmationView, ScoreRunView } from '../api/PerformanceViews.js';
import type { FakeServer } from './fakeServer.js';
import { member, signedInServer } from './sampleData.js';

/** Wang, who manages East (d1): Li Lei and Han Mei. */
export const manager: MeView = { ...member, user: { ...member.user, id: 'u9', username: 'wang', name: 'Wang', role: 'manager', departmentId: 'd0' }, managedDepartmentIds: ['d1'] };

const sales = (points: number, en: string, zh: string) => ({
  itemId: 'k_sales',
  name: '签约金额',
  method: 'ratio' as const,
  weight: 60,
  actual: 900_000,
  target: 1_000_000,
  achievement: 90,
  percent: 90,
  points,
  status: 'scored' as const,
  noRecords: false,
  explanation: { 'zh-CN': zh, en },
});

export const liScore: PersonScore = {
  personId: 'u1',
  name: 'Li Lei',
  departmentId: 'd1',
  total: 85.5,
  grade: '良好',
  items: [
    sales(54, '签约金额 900,000 ÷ target 1,000,000 = 90% × weight 60 = 54 points', '签约金额 90万 ÷ 目标 100万 = 90% × 权重 60 = 54 分'),
    {
      itemId: 'k_visits',
      name: '拜访次数',
      method: 'percentage',
      weight: 40,
      actual: 78.75,
      target: null,
      achievement: null,
      percent: 78.75,
      points: 31.5,
      status: 'scored',
      noRecords: false,
      explanation: { 'zh-CN': '拜访次数 78.75% × 权重 40 = 31.5 分', en: '拜访次数 78.75% × weight 40 = 31.5 points' },
    },
  ],
  explanation: { 'zh-CN': '54 + 31.5 = 85.5 分，评级 良好', en: '54 + 31.5 = 85.5 points, grade 良好' },
};

export const hanScore: PersonScore = {
  personId: 'u2',
  name: 'Han Mei',
  departmentId: 'd1',
  total: 92,
  grade: '优秀',
  items: [sales(60, '签约金额 1,200,000 ÷ target 1,000,000 = 120% × weight 60 = 60 points (capped)', '签约金额 120万 ÷ 目标 100万 = 120% × 权重 60 = 60 分（封顶）')],
  explanation: { 'zh-CN': '60 + 32 = 92 分，评级 优秀', en: '60 + 32 = 92 points, grade 优秀' },
};

/** The options of `performanceServer`: who is signed in, whether May has a run, what is confirmed. */
export interface PerformanceServerOptions {
  readonly me?: MeView;
  readonly computed?: boolean;
  readonly confirmations?: readonly ScoreConfirmationView[];
}

/**
 * A fake server with app1's published scheme sco1 (by month) and, unless `computed` is false, its
 * May 2024 run: Li Lei (u1) and Han Mei (u2) of East (d1). A rep's answers hold their own row only,
 * as the server's scope does. Confirming, computing and the laggards answer as the server would.
 */
export function performanceServer(options: PerformanceServerOptions = {}): FakeServer {
  const me = options.me ?? member;
  let computed = options.computed ?? true;
  let confirmations: ScoreConfirmationView[] = [...(options.confirmations ?? [])];
  const isRep = me.user.role === 'member';
  const people = isRep ? [liScore] : [hanScore, liScore];
  const run = (): ScoreRunView => ({
    id: 'run5',
    schemeId: 'sco1',
    period: '2024-05',
    trial: false,
    stale: false,
    reason: null,
    computedAt: '2024-05-06T01:00:00.000Z',
    title: 'Monthly sales',
    precision: 1,
    weightTotal: 100,
    people,
    teams: isRep ? [] : [{ departmentId: 'd1', name: 'East', members: 2, rollup: 'avg', total: 88.8, items: {} }],
    confirmations: confirmations.filter((confirmation) => !isRep || (confirmation.subject === 'person' && confirmation.id === me.user.id)),
  });
  const leaderboard = [
    { rank: 1, previousRank: 1, personId: 'u2', name: 'Han Mei', departmentId: 'd1', total: 92, grade: '优秀' },
    { rank: 2, previousRank: 4, personId: 'u1', name: 'Li Lei', departmentId: 'd1', total: 85.5, grade: '良好' },
  ];
  return signedInServer()
    .on('GET', /^\/api\/me$/, () => ({ body: me }))
    .on('GET', /^\/api\/apps\/app1\/scorings$/, () => ({ body: { items: [{ id: 'sco1', appId: 'app1', title: 'Monthly sales', publishedVersion: 2 }] } }))
    .on('GET', /^\/api\/scorings\/sco1$/, () => ({
      body: { id: 'sco1', appId: 'app1', title: 'Monthly sales', published: { version: 2, schema: { period: 'month', items: [{ id: 'k_sales', name: '签约金额' }, { id: 'k_visits', name: '拜访次数' }] } } },
    }))
    .on('GET', /^\/api\/scorings\/sco1\/runs\/([^/]+)$/, (_request, [period]) =>
      computed && period === '2024-05' ? { body: run() } : { status: 404, body: { error: { code: 'no_run', message: `No score sheet has been computed for ${period ?? ''} yet` } } },
    )
    .on('POST', /^\/api\/scorings\/sco1\/runs$/, (request) => {
      const body = request.body as { reason?: string };
      if (confirmations.length > 0 && !body.reason) return { status: 422, body: { error: { code: 'reason_required', message: "This period's sheet has been confirmed; recomputing it needs a reason" } } };
      computed = true;
      confirmations = [];
      // As the server: a summary of the run, the sheet is the GET.
      const { id, schemeId, period, trial, reason, computedAt } = run();
      return { status: 201, body: { id, schemeId, schemeVersion: 2, period, trial, reason, computedAt, computedBy: me.user.id, peopleCount: people.length, teamCount: isRep ? 0 : 1, averageTotal: null, maxTotal: null, conflicts: [] } };
    })
    .on('POST', /^\/api\/scorings\/sco1\/runs\/2024-05\/confirm$/, (request) => {
      const { subject, id, note } = request.body as { subject: 'team' | 'person'; id: string; note?: string };
      confirmations = [...confirmations, { subject, id, confirmedBy: me.user.id, confirmedAt: '2024-05-06T02:30:00.000Z', note: note ?? null }];
      return { body: { confirmations } };
    })
    .on('GET', /^\/api\/scorings\/sco1\/leaderboard$/, () => ({
      body: { period: '2024-05', previousPeriod: '2024-04', trial: false, items: isRep ? leaderboard.filter(({ personId }) => personId === me.user.id) : leaderboard },
    }))
    .on('GET', /^\/api\/scorings\/sco1\/trend$/, () => ({
      body: {
        personId: me.user.id,
        items: [
          { period: '2024-03', runId: null, total: null, grade: null },
          { period: '2024-04', runId: 'run4', total: 70, grade: '合格' },
          { period: '2024-05', runId: 'run5', total: 85.5, grade: '良好' },
        ],
      },
    }))
    .on('GET', /^\/api\/apps\/app1\/targets\/laggards$/, () => ({
      body: {
        period: '2024-05',
        today: '2024-05-06',
        checked: true,
        dayOfPeriod: 6,
        laggards: [{ personId: 'u1', name: 'Li Lei', target: 100, actual: 5, due: 19.35, share: 0.2584, shortfall: 14.35, message: { 'zh-CN': 'Li Lei 完成 25.8%', en: 'Li Lei is at 25.8% of the target due' } }],
      },
    }));
}
