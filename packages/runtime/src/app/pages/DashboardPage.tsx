import { lazy, Suspense } from 'react';
import { useLocale } from '../i18n/LocaleContext.js';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';

// The dashboard's body carries echarts and the dashboard parser: a separate chunk, fetched when
// a dashboard is opened, so the fill page's bundle does not grow (chartsEntry.boundary.test.ts).
const DashboardScreen = lazy(() => import('../dashboards/widgetsChunk.js'));

/**
 * `/dashboards/:id`: a published dashboard of an app the user may see (404 otherwise), with its
 * filters kept in the URL (`?filters=`) and each widget's figures in the viewer's row scope.
 */
export function DashboardPage({ dashboardId }: { readonly dashboardId: string }) {
  const { api } = useAppSession();
  const { t } = useLocale();
  const view = useAsync(() => api.dashboard(dashboardId), dashboardId);
  if (view.status === 'loading') return <main className="app-page" aria-busy="true">{t('loading')}</main>;
  if (view.status === 'error') return <main className="app-page"><LoadFailure error={view.error} onRetry={view.reload} /></main>;
  const published = view.value.published;
  return (
    <main className="app-page app-page--wide app-dashboard">
      <h1>{typeof published?.schema['title'] === 'string' ? published.schema['title'] : view.value.title}</h1>
      {published === null ? (
        <p className="app-empty">{t('dashboardNotPublished')}</p>
      ) : (
        <Suspense fallback={<p aria-busy="true">{t('loading')}</p>}>
          <DashboardScreen key={published.version} dashboardId={dashboardId} document={published.schema} />
        </Suspense>
      )}
    </main>
  );
}
