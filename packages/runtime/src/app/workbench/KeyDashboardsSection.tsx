import { lazy, Suspense } from 'react';
import { Link } from '../routing/Link.js';
import { routePath } from '../routing/parseRoute.js';
import type { WorkbenchPlan } from './planWorkbench.js';
import { useWorkbenchText } from './workbenchMessages.js';

// The summary draws widgets with echarts: in the dashboards' chunk, fetched only when a key dashboard is shown.
const KeyDashboardSummary = lazy(() => import('../dashboards/widgetsChunk.js').then((chunk) => ({ default: chunk.KeyDashboardSummary })));

/**
 * Each app's first published dashboard, for whoever watches a team: its headline figures inline
 * (`KeyDashboardSummary`) and a link to the whole dashboard.
 */
export function KeyDashboardsSection({ dashboards }: { readonly dashboards: WorkbenchPlan['keyDashboards'] }) {
  const { wt, t } = useWorkbenchText();
  return (
    <section className="app-card app-workbench__section" aria-labelledby="workbench-dashboards">
      <h2 id="workbench-dashboards">{wt('dashboardsHeading')}</h2>
      <ul className="app-workbench__list">
        {dashboards.map(({ app, id, title }) => (
          <li key={id} className="app-workbench__dashboard">
            <div>
              <Link href={routePath({ page: 'dashboard', dashboardId: id })} aria-label={wt('keyDashboard', { title })}>
                {title}
              </Link>
              <span className="app-muted"> · {app.name}</span>
            </div>
            <Suspense
              fallback={
                <p className="app-muted" aria-busy="true">
                  {t('loading')}
                </p>
              }
            >
              <KeyDashboardSummary dashboardId={id} />
            </Suspense>
          </li>
        ))}
      </ul>
    </section>
  );
}
