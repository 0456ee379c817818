import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { computeScores, type Locale, type ScoringSchema } from '../../engine/index.js';
import type { ScoreRunView } from '../api/PerformanceViews.js';
import { LocaleContext } from '../i18n/LocaleContext.js';
import { MySheetSection } from './MySheetSection.js';
import type { ScoreSheetController } from './ScoreSheetController.js';

afterEach(cleanup);

// The rep's own sheet as the engine computes it: 签约金额 weighs 100, 回款金额 is an observation
// item (weight 0, 观察指标) — shown with its numbers, tagged, never read as 0 of 0 points.
const scheme: ScoringSchema = {
  kind: 'scoring',
  schemaVersion: 2,
  title: '月度考核',
  period: 'month',
  items: [
    { id: 'k_sales', name: '签约金额', weight: 100, source: { kind: 'aggregate', formId: 'contracts', aggregate: 'sum', field: 'f_amount', personField: 'f_owner', dateField: 'f_date' }, target: { kind: 'fixed', value: 1_000_000 }, method: { kind: 'ratio' } },
    { id: 'k_paid', name: '回款金额', weight: 0, source: { kind: 'aggregate', formId: 'payments', aggregate: 'sum', field: 'f_amount', personField: 'f_owner', dateField: 'f_date' }, target: { kind: 'fixed', value: 800_000 }, method: { kind: 'ratio' } },
  ],
};
const sheet = computeScores(scheme, { period: '2026-11', people: [{ id: 'u_li', name: '李雷' }], actuals: { k_sales: { u_li: 900_000 }, k_paid: { u_li: 600_000 } } });
const run: ScoreRunView = { id: 'run1', schemeId: 'sco1', period: '2026-11', trial: true, stale: false, reason: null, computedAt: '2026-12-01T00:00:00Z', title: sheet.title, precision: sheet.precision, weightTotal: sheet.weightTotal, people: sheet.people, teams: [], confirmations: [] };
// A trial sheet offers no acknowledgement, so the controller is never called here.
const controller = {} as ScoreSheetController;

function renderSheet(locale: Locale) {
  render(
    <LocaleContext.Provider value={{ locale, setLocale: () => undefined }}>
      <MySheetSection run={run} person={sheet.people[0]!} rank={null} trend={null} names={new Map()} controller={controller} confirming={null} />
    </LocaleContext.Provider>,
  );
  return (name: string) => screen.getByText(name, { selector: 'strong' }).closest('li') as HTMLElement;
}

describe('My sheet: an observation item', () => {
  it('is tagged Observation with its numbers, not shown as 0 of 0 points; the scored item keeps its points', () => {
    const item = renderSheet('en');
    expect(within(item('回款金额')).getByText('Observation')).toBeTruthy();
    expect(within(item('回款金额')).getByText('回款金额 600,000 ÷ target 800,000 = 75%, observation item, not scored')).toBeTruthy();
    expect(within(item('回款金额')).queryByText(/of 0 points/)).toBeNull();
    expect(within(item('签约金额')).getByText('90 of 100 points')).toBeTruthy();
    expect(within(item('签约金额')).queryByText('Observation')).toBeNull();
    expect(screen.getByText('90 points')).toBeTruthy();
  });

  it('reads 观察指标 in Chinese', () => {
    const item = renderSheet('zh-CN');
    expect(within(item('回款金额')).getByText('观察指标')).toBeTruthy();
    expect(within(item('回款金额')).getByText('回款金额 60万 ÷ 目标 80万 = 75%，观察指标，不计分')).toBeTruthy();
    expect(within(item('签约金额')).getByText('90 / 100 分')).toBeTruthy();
  });
});
