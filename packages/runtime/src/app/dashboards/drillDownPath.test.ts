import { describe, expect, it } from 'vitest';
import { parseQuery } from '../records/RecordListController.js';
import { salesDashboard } from '../testing/sampleDashboard.js';
import { drillDownPath } from './drillDownPath.js';

const rowsOf = (path: string | undefined) => {
  const url = new URL(path ?? '/', 'http://app.test');
  return { path: url.pathname, rows: parseQuery(url.search).filters };
};
const self = (id: string) => [id];

describe('drillDownPath', () => {
  it.each([
    ['week', '2026-W01', '2025-12-29', '2026-01-04'],
    ['month', '2024-02', '2024-02-01', '2024-02-29'],
    ['quarter', '2024-Q2', '2024-04-01', '2024-06-30'],
    ['year', '2024', '2024-01-01', '2024-12-31'],
    ['day', '2024-03-05', '2024-03-05', '2024-03-05'],
  ] as const)('a %s bucket is the range of its days', (bucket, value, from, to) => {
    expect(rowsOf(drillDownPath(salesDashboard, { widgetId: 'revenue', dimensions: [{ field: 'closedOn', bucket, value }] }, {}, self))).toEqual({
      path: '/forms/frm_deals/data',
      rows: [{ field: 'closedOn', op: 'range', value: from, value2: to }],
    });
  });

  it('an empty group is "is empty"; a number is compared as typed by the list', () => {
    const { rows } = rowsOf(drillDownPath(salesDashboard, { widgetId: 'funnel', dimensions: [{ field: 'stage', value: null }, { field: 'score', value: 3 }] }, {}, self));
    expect(rows).toEqual([
      { field: 'stage', op: 'empty', value: '', value2: '' },
      { field: 'score', op: 'eq', value: '3', value2: '' },
    ]);
  });

  it('adds the period and the person set on that widget only', () => {
    const values = { period: { from: '2024-01-01' }, rep: 'u2', stage: 'won' };
    expect(rowsOf(drillDownPath(salesDashboard, { widgetId: 'revenue', dimensions: [] }, values, self)).rows).toEqual([
      { field: 'closedOn', op: 'range', value: '2024-01-01', value2: '' },
      { field: 'owner', op: 'eq', value: 'u2', value2: '' },
    ]);
  });

  it('opens a record table’s record, and nothing for a widget no longer on the dashboard', () => {
    expect(drillDownPath(salesDashboard, { widgetId: 'revenue', dimensions: [], recordId: 'rec/1' }, {}, self)).toBe('/records/rec%2F1');
    expect(drillDownPath(salesDashboard, { widgetId: 'gone', dimensions: [] }, {}, self)).toBeUndefined();
  });
});
