import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError.js';
import type { ScoreRunSummaryView, ScoreRunView } from '../api/PerformanceViews.js';
import { ScoreSheetController, type ScoreSheetApi } from './ScoreSheetController.js';

const run = (id: string): ScoreRunView => ({ id, schemeId: 's', period: '2026-11', trial: false, stale: false, reason: null, computedAt: '', title: '', precision: 1, weightTotal: 100, people: [], teams: [], confirmations: [] });
/** What computing answers: a summary, never the sheet (the controller reads that with `scoreRun`). */
const summary = (id: string): ScoreRunSummaryView => ({
  id,
  schemeId: 's',
  schemeVersion: 1,
  period: '2026-11',
  trial: false,
  reason: null,
  computedAt: '',
  computedBy: 'u1',
  peopleCount: 0,
  teamCount: 0,
  averageTotal: null,
  maxTotal: null,
  conflicts: [],
});

/** An API whose answers the test decides, recording what was sent. */
function fakeApi(overrides: Partial<ScoreSheetApi> = {}): ScoreSheetApi & { readonly sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    sent,
    scoreRun: async () => run('r1'),
    computeScoreRun: async (_scheme, period, reason) => {
      sent.push({ period, reason });
      return summary('r2');
    },
    confirmScoreRun: async (_scheme, _period, subject, id) => ({ confirmations: [{ subject, id, confirmedBy: 'u1', confirmedAt: 't' }] }),
    leaderboard: async () => ({ period: '2026-11', trial: false, items: [] }),
    scoreTrend: async () => ({ personId: 'u1', items: [] }),
    ...overrides,
  };
}

describe('ScoreSheetController', () => {
  it('tells a period not computed (no_run) from one that holds nothing of mine (not_found), and other failures from both', async () => {
    const answers = [new ApiError(404, 'no_run', ''), new ApiError(404, 'not_found', ''), new ApiError(500, 'internal', 'boom')];
    const api = fakeApi({ scoreRun: () => Promise.reject(answers.shift() ?? new Error('no more')) });
    const controller = new ScoreSheetController(api, 's', '2026-11');
    await controller.load();
    expect(controller.state.sheet.status).toBe('noRun');
    await controller.load();
    expect(controller.state.sheet.status).toBe('notYours');
    await controller.load();
    expect(controller.state.sheet).toMatchObject({ status: 'error' });
  });

  it('keeps the sheet when its leaderboard or trend fails, without them', async () => {
    const controller = new ScoreSheetController(fakeApi({ leaderboard: () => Promise.reject(new ApiError(500, 'x', '')) }), 's', '2026-11');
    await controller.load();
    expect(controller.state.sheet).toMatchObject({ status: 'ready', leaderboard: null, trend: { personId: 'u1' } });
  });

  it('keeps only the latest load: an earlier answer arriving late is dropped', async () => {
    const pending: ((value: ScoreRunView) => void)[] = [];
    const controller = new ScoreSheetController(fakeApi({ scoreRun: () => new Promise((resolve) => pending.push(resolve)) }), 's', '2026-11');
    const first = controller.load();
    const second = controller.load();
    pending[1]?.(run('new'));
    await second;
    pending[0]?.(run('old'));
    await first;
    expect(controller.state.sheet).toMatchObject({ status: 'ready', run: { id: 'new' } });
  });

  it("asks for a reason when the server says the period is confirmed, and sends it trimmed with the next try", async () => {
    let confirmed = true;
    const api = fakeApi({
      computeScoreRun: async (_scheme, period, reason) => {
        api.sent.push({ period, reason });
        if (confirmed && reason === undefined) throw new ApiError(422, 'reason_required', 'needs a reason');
        confirmed = false;
        return summary('r2');
      },
    });
    const controller = new ScoreSheetController(api, 's', '2026-11');
    await controller.compute();
    expect(controller.state.compute).toEqual({ step: 'asking', reason: '' });
    await controller.compute();
    expect(controller.state.compute).toEqual({ step: 'asking', reason: '', blank: true });
    controller.setReason('  补录合同 ');
    await controller.compute();
    expect(api.sent).toEqual([{ period: '2026-11', reason: undefined }, { period: '2026-11', reason: '补录合同' }]);
    expect(controller.state.compute).toEqual({ step: 'idle' });
    expect(controller.state.sheet.status).toBe('ready');
  });

  it('reads the sheet after computing it: the POST answers a summary only', async () => {
    const reads: string[] = [];
    const controller = new ScoreSheetController(fakeApi({ scoreRun: async (_scheme, period) => (reads.push(period), run('r2')) }), 's', '2026-11');
    await controller.compute();
    expect(reads).toEqual(['2026-11']);
    expect(controller.state.sheet).toMatchObject({ status: 'ready', run: { id: 'r2' } });
  });

  it('puts the confirmations the server answers on the sheet, and keeps a refusal to show', async () => {
    const controller = new ScoreSheetController(fakeApi(), 's', '2026-11');
    await controller.load();
    await controller.confirm('team', 'd1');
    expect(controller.state.sheet).toMatchObject({ status: 'ready', run: { confirmations: [{ subject: 'team', id: 'd1' }] } });
    const refusing = new ScoreSheetController(fakeApi({ confirmScoreRun: () => Promise.reject(new ApiError(409, 'already_confirmed', 'This sheet has already been confirmed')) }), 's', '2026-11');
    await refusing.load();
    await refusing.confirm('person', 'u1');
    expect(refusing.state).toMatchObject({ confirming: null, confirmError: 'This sheet has already been confirmed' });
  });
});
