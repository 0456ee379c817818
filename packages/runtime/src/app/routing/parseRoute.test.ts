import { describe, expect, it } from 'vitest';
import { parseRoute, routePath, type Route } from './parseRoute.js';

describe('parseRoute', () => {
  it.each<[string, Route]>([
    ['/', { page: 'home' }],
    ['/f/frm_1', { page: 'fill', formId: 'frm_1' }],
    ['/f/frm_1/', { page: 'fill', formId: 'frm_1' }],
    ['/data/mine', { page: 'myData', formId: null }],
    ['/data/mine/frm_2', { page: 'myData', formId: 'frm_2' }],
    ['/forms/frm_1/data', { page: 'data', formId: 'frm_1' }],
    ['/records/rec%2F1', { page: 'record', recordId: 'rec/1' }],
    ['/p/AbC_-12', { page: 'public', token: 'AbC_-12' }],
    ['/dashboards/dsh_1', { page: 'dashboard', dashboardId: 'dsh_1' }],
    ['/dashboards/dsh_1/edit', { page: 'notFound' }],
    ['/p', { page: 'notFound' }],
    ['/f', { page: 'notFound' }],
    ['/forms/frm_1', { page: 'notFound' }],
    ['/tasks', { page: 'tasks' }],
    ['/tasks/tsk_1', { page: 'task', taskId: 'tsk_1' }],
    ['/tasks/tsk_1/approve', { page: 'notFound' }],
    ['/notifications', { page: 'notifications' }],
    ['/notifications/ntf_1', { page: 'notFound' }],
    ['/performance', { page: 'performance' }],
    ['/targets', { page: 'targets' }],
    ['/targets/x', { page: 'notFound' }],
  ])('reads %s', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it('writes paths that read back as the same route', () => {
    const routes: Route[] = [{ page: 'fill', formId: 'a b' }, { page: 'data', formId: 'x' }, { page: 'record', recordId: 'r/1' }, { page: 'myData', formId: null }, { page: 'public', token: 'tok' }, { page: 'dashboard', dashboardId: 'd/1' }, { page: 'tasks' }, { page: 'task', taskId: 't/1' }, { page: 'performance' }, { page: 'targets' }, { page: 'notifications' }];
    for (const route of routes) expect(parseRoute(routePath(route))).toEqual(route);
  });
});
