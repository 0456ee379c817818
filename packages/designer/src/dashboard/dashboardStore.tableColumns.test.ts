import { describe, expect, it } from 'vitest';
import { createTestDashboardStore } from './testing/createTestDashboardStore.js';

describe('a record table’s columns', () => {
  it('lists the fields picked, in the order given, and goes back to the default with none', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('table');
    expect(store.getState().setTableColumns('w_1', ['f_customer', 'f_amount', '_createdBy']).ok).toBe(true);
    expect(store.getState().dashboard.widgets[0]).toMatchObject({ columns: ['f_customer', 'f_amount', '_createdBy'] });
    store.getState().setTableColumns('w_1', ['f_amount', 'f_customer', '_createdBy']);
    expect(store.getState().dashboard.widgets[0]).toMatchObject({ columns: ['f_amount', 'f_customer', '_createdBy'] });
    store.getState().setTableColumns('w_1', []);
    expect(store.getState().dashboard.widgets[0]).not.toHaveProperty('columns');
    store.getState().undo();
    expect(store.getState().dashboard.widgets[0]).toMatchObject({ columns: ['f_amount', 'f_customer', '_createdBy'] });
  });

  it('refuses a field twice, a field id the document cannot hold, and a widget that is not a table', () => {
    const store = createTestDashboardStore({ locale: 'zh-CN' });
    store.getState().addWidget('table');
    store.getState().addWidget('bar');
    expect(store.getState().setTableColumns('w_1', ['f_amount', 'f_amount']).ok).toBe(false);
    expect(store.getState().lastError?.['zh-CN']).toBe('字段“f_amount”已经是一列，不能重复');
    expect(store.getState().setTableColumns('w_1', ['not a field']).ok).toBe(false);
    expect(store.getState().setTableColumns('w_2', ['f_amount']).ok).toBe(false);
    expect(store.getState().dashboard.widgets[0]).not.toHaveProperty('columns');
  });
});
