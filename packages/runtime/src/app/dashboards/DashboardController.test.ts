import { describe, expect, it } from 'vitest';
import type { DashboardDataView } from '../api/DashboardViews.js';
import { salesDashboard, salesData } from '../testing/sampleDashboard.js';
import { DashboardController } from './DashboardController.js';

/** A load port whose answers the test releases one by one, in any order. */
function deferredLoads() {
  const pending: { values: unknown; resolve: (answer: DashboardDataView) => void; reject: (error: unknown) => void }[] = [];
  const load = (values: unknown) => new Promise<DashboardDataView>((resolve, reject) => pending.push({ values, resolve, reject }));
  return { pending, load };
}

const answer = (computedAt: string): DashboardDataView => ({ ...salesData, computedAt });

describe('DashboardController', () => {
  it('keeps only the answer to the latest filters, however late an earlier one comes', async () => {
    const { pending, load } = deferredLoads();
    const queries: string[] = [];
    const controller = new DashboardController('', salesDashboard.filters ?? [], { load, writeQuery: (query) => queries.push(query) });
    const first = controller.load();
    const second = controller.setFilter('dept', 'd1');
    expect(queries).toEqual([`?filters=${encodeURIComponent('{"dept":"d1"}')}`]);
    pending[1]?.resolve(answer('new'));
    await second;
    pending[0]?.resolve(answer('old'));
    await first;
    expect(controller.state.data).toEqual({ status: 'ready', answer: answer('new') });
    expect(pending.map((call) => call.values)).toEqual([{}, { dept: 'd1' }]);
  });

  it('a failed refresh keeps the figures shown; a failure under new filters does not show the old ones', async () => {
    const { pending, load } = deferredLoads();
    const controller = new DashboardController('', salesDashboard.filters ?? [], { load, writeQuery: () => undefined });
    const first = controller.load();
    pending[0]?.resolve(answer('t1'));
    await first;
    const refresh = controller.refresh();
    expect(controller.state.updating).toBe(true);
    pending[1]?.reject(new Error('down'));
    await refresh;
    expect(controller.state).toMatchObject({ data: { status: 'ready', answer: answer('t1') }, refreshFailed: true, updating: false });
    const changed = controller.setFilter('rep', 'u2');
    pending[2]?.reject(new Error('down'));
    await changed;
    expect(controller.state.data).toMatchObject({ status: 'error' });
    // Clearing the filter takes it out of the URL and the call.
    void controller.setFilter('rep', '');
    expect(pending[3]?.values).toEqual({});
  });
});
