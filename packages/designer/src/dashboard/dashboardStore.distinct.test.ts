import { describe, expect, it } from 'vitest';
import { createTestDashboardStore } from './testing/createTestDashboardStore.js';

describe('a distinct count', () => {
  it('counts the customers a rep visited, not the visits; it needs a field', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('leaderboard');
    expect(store.getState().updateWidgetQuery('w_1', { measure: { op: 'distinct', field: 'f_customer' } }).ok).toBe(true);
    expect(store.getState().dashboard.widgets[0]?.query).toEqual({ formId: 'frm_deals', groupBy: [{ field: '_createdBy' }], measures: [{ id: 'value', op: 'distinct', field: 'f_customer' }] });
    expect(store.getState().updateWidgetQuery('w_1', { measure: { op: 'distinct' } }).ok).toBe(false);
    expect(store.getState().dashboard.widgets[0]?.query.measures).toEqual([{ id: 'value', op: 'distinct', field: 'f_customer' }]);
  });
});
