import type { DashboardSchema, Locale } from '@formwork/runtime';
import { createDashboardStore, type DashboardStore } from '../createDashboardStore.js';
import { emptyDashboard } from '../emptyDashboard.js';

/** A dashboard store over two forms with predictable ids (`w_1`, `w_2`, …), for tests. */
export function createTestDashboardStore(options: { readonly initial?: DashboardSchema; readonly locale?: Locale; readonly forms?: readonly { id: string; title: string }[] } = {}): DashboardStore {
  let next = 0;
  return createDashboardStore({
    createId: (prefix) => `${prefix}_${++next}`,
    locale: options.locale ?? 'en',
    initial: options.initial ?? emptyDashboard('Sales morning'),
    forms: options.forms ?? [
      { id: 'frm_deals', title: 'Deals' },
      { id: 'frm_visits', title: 'Visits' },
    ],
  });
}
