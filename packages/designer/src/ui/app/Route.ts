/** The designer's pages, addressed by the URL hash so that the server serves one page. */
export type Route =
  | { readonly page: 'apps' }
  | { readonly page: 'app'; readonly appId: string }
  | { readonly page: 'form'; readonly appId: string; readonly formId: string }
  | { readonly page: 'scoring'; readonly appId: string; readonly scoringId: string }
  | { readonly page: 'dashboard'; readonly appId: string; readonly dashboardId: string }
  | { readonly page: 'org' }
  | { readonly page: 'templates' }
  | { readonly page: 'notFound' };

/**
 * Reads a hash such as `#/apps/app_1/forms/frm_2` into a route.
 *
 * @example
 * parseRoute('#/apps/a1') // { page: 'app', appId: 'a1' }
 */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'apps')) return { page: 'apps' };
  if (parts.length === 1 && parts[0] === 'org') return { page: 'org' };
  if (parts.length === 1 && parts[0] === 'templates') return { page: 'templates' };
  if (parts[0] !== 'apps') return { page: 'notFound' };
  const appId = parts[1];
  if (appId && parts.length === 2) return { page: 'app', appId };
  const formId = parts[3];
  if (appId && parts[2] === 'forms' && formId && parts.length === 4) return { page: 'form', appId, formId };
  if (appId && parts[2] === 'scorings' && parts[3] && parts.length === 4) return { page: 'scoring', appId, scoringId: parts[3] };
  if (appId && parts[2] === 'dashboards' && parts[3] && parts.length === 4) return { page: 'dashboard', appId, dashboardId: parts[3] };
  return { page: 'notFound' };
}

/** The hash of a route (the inverse of `parseRoute`). */
export function routeHash(route: Route): string {
  switch (route.page) {
    case 'apps':
    case 'notFound':
      return '#/apps';
    case 'app':
      return `#/apps/${encodeURIComponent(route.appId)}`;
    case 'form':
      return `#/apps/${encodeURIComponent(route.appId)}/forms/${encodeURIComponent(route.formId)}`;
    case 'dashboard':
      return `#/apps/${encodeURIComponent(route.appId)}/dashboards/${encodeURIComponent(route.dashboardId)}`;
    case 'scoring':
      return `#/apps/${encodeURIComponent(route.appId)}/scorings/${encodeURIComponent(route.scoringId)}`;
    case 'org':
      return '#/org';
    case 'templates':
      return '#/templates';
  }
}
