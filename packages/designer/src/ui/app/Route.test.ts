import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from './Route.js';

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { page: 'apps' }],
    ['#/apps', { page: 'apps' }],
    ['#/apps/a%201', { page: 'app', appId: 'a 1' }],
    ['#/apps/a1/forms/f2', { page: 'form', appId: 'a1', formId: 'f2' }],
    ['#/apps/a1/dashboards/dsh_2', { page: 'dashboard', appId: 'a1', dashboardId: 'dsh_2' }],
    ['#/apps/a1/dashboards', { page: 'notFound' }],
    ['#/apps/a1/scorings/sco_2', { page: 'scoring', appId: 'a1', scoringId: 'sco_2' }],
    ['#/apps/a1/scorings', { page: 'notFound' }],
    ['#/org', { page: 'org' }],
    ['#/org/more', { page: 'notFound' }],
    ['#/elsewhere', { page: 'notFound' }],
    ['#/apps/a1/forms', { page: 'notFound' }],
  ])('reads %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes hashes that read back the same', () => {
    for (const route of [{ page: 'app', appId: 'a/1' }, { page: 'form', appId: 'a', formId: 'f 2' }, { page: 'dashboard', appId: 'a', dashboardId: 'd/3' }, { page: 'scoring', appId: 'a', scoringId: 's/4' }] as const) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });
});
