/** The app's pages, as the path names them. The server answers index.html for every non-API path. */
export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'fill'; readonly formId: string }
  | { readonly page: 'myData'; readonly formId: string | null }
  | { readonly page: 'data'; readonly formId: string }
  | { readonly page: 'record'; readonly recordId: string }
  /** A dashboard of an app; its filters are in the query (`?filters=`). */
  | { readonly page: 'dashboard'; readonly dashboardId: string }
  /** A form opened to anyone with its link (外链): no sign-in. */
  | { readonly page: 'public'; readonly token: string }
  /** The approval inbox; the box and the form filter are in the query (`?box=&form=`). */
  | { readonly page: 'tasks' }
  | { readonly page: 'task'; readonly taskId: string }
  /** The user's notifications of the approval flows. */
  | { readonly page: 'notifications' }
  /** My performance: score sheets, trend, team sheet, leaderboard (`?app=&scheme=&period=`). */
  | { readonly page: 'performance' }
  /** Targets: progress and their decomposition (`?app=&metric=&period=`). */
  | { readonly page: 'targets' }
  | { readonly page: 'notFound' };

/**
 * @example
 * parseRoute('/f/frm_1')          // { page: 'fill', formId: 'frm_1' }
 * parseRoute('/forms/frm_1/data') // { page: 'data', formId: 'frm_1' }
 */
export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter((p) => p !== '').map(decodeURIComponent);
  const [a, b, c] = parts;
  if (parts.length === 0) return { page: 'home' };
  if (a === 'f' && b !== undefined && parts.length === 2) return { page: 'fill', formId: b };
  if (a === 'data' && b === 'mine') return { page: 'myData', formId: c ?? null };
  if (a === 'forms' && b !== undefined && c === 'data' && parts.length === 3) return { page: 'data', formId: b };
  if (a === 'records' && b !== undefined && parts.length === 2) return { page: 'record', recordId: b };
  if (a === 'dashboards' && b !== undefined && parts.length === 2) return { page: 'dashboard', dashboardId: b };
  if (a === 'p' && b !== undefined && parts.length === 2) return { page: 'public', token: b };
  if (a === 'tasks' && parts.length === 1) return { page: 'tasks' };
  if (a === 'performance' && parts.length === 1) return { page: 'performance' };
  if (a === 'targets' && parts.length === 1) return { page: 'targets' };
  if (a === 'notifications' && parts.length === 1) return { page: 'notifications' };
  if (a === 'tasks' && b !== undefined && parts.length === 2) return { page: 'task', taskId: b };
  return { page: 'notFound' };
}

/** The path of a page (the inverse of parseRoute). */
export function routePath(route: Route): string {
  const enc = encodeURIComponent;
  switch (route.page) {
    case 'home':
    case 'notFound':
      return '/';
    case 'fill':
      return `/f/${enc(route.formId)}`;
    case 'myData':
      return route.formId === null ? '/data/mine' : `/data/mine/${enc(route.formId)}`;
    case 'data':
      return `/forms/${enc(route.formId)}/data`;
    case 'record':
      return `/records/${enc(route.recordId)}`;
    case 'dashboard':
      return `/dashboards/${enc(route.dashboardId)}`;
    case 'public':
      return `/p/${enc(route.token)}`;
    case 'tasks':
      return '/tasks';
    case 'task':
      return `/tasks/${enc(route.taskId)}`;
    case 'performance':
      return '/performance';
    case 'targets':
      return '/targets';
    case 'notifications':
      return '/notifications';
  }
}
