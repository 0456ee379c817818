import { Link } from '../routing/Link.js';
import { routePath } from '../routing/parseRoute.js';
import type { WorkbenchPlan } from './planWorkbench.js';
import { useWorkbenchText } from './workbenchMessages.js';

/** Each app's first published dashboard, one step away for whoever watches a team. */
export function KeyDashboardsSection({ dashboards }: { readonly dashboards: WorkbenchPlan['keyDashboards'] }) {
  const { wt } = useWorkbenchText();
  return (
    <section className="app-card app-workbench__section" aria-labelledby="workbench-dashboards">
      <h2 id="workbench-dashboards">{wt('dashboardsHeading')}</h2>
      <ul className="app-workbench__list">
        {dashboards.map(({ app, id, title }) => (
          <li key={id}>
            <Link href={routePath({ page: 'dashboard', dashboardId: id })} aria-label={wt('keyDashboard', { title })}>
              {title}
            </Link>
            <span className="app-muted"> · {app.name}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
