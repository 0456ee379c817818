import { useLocale } from '../i18n/LocaleContext.js';
import type { WidgetAnswer } from '../api/DashboardViews.js';
import { DashboardGrid } from '../dashboards/DashboardGrid.js';
import { drillDownPath } from '../dashboards/drillDownPath.js';
import { readDashboardDocument } from '../dashboards/readDashboardDocument.js';
import { navigate } from '../routing/useLocation.js';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';
import { summaryWidgetsOf } from './summaryWidgetsOf.js';

/**
 * A key dashboard's headline widgets on the workbench (`summaryWidgetsOf`), drawn by the dashboard
 * page's own grid and widgets from its own data call (`POST /api/dashboards/:id/data`, no filters
 * set: what the page shows when opened, and its cached answer then serves the page). Loaded as its
 * own chunk with the charts entry, so neither the workbench's chunk nor the fill page carries
 * echarts. Each chart keeps its text alternative (its summary and "Show as table"); a click drills
 * into the data as on the page. Nothing is drawn when the dashboard has no widget to show.
 */
export default function KeyDashboardSummary({ dashboardId }: { readonly dashboardId: string }) {
  const { api } = useAppSession();
  const { locale, t } = useLocale();
  // Widget labels and errors come in the request's language: ask again when it changes.
  const summary = useAsync(async () => {
    const view = await api.dashboard(dashboardId);
    const dashboard = view.published ? readDashboardDocument(view.published.schema) : undefined;
    if (dashboard === undefined) return null;
    const shown = summaryWidgetsOf(dashboard);
    if (shown.widgets.length === 0) return null;
    const data = await api.dashboardData(dashboardId, {});
    return { dashboard, shown, answers: new Map<string, WidgetAnswer>(data.widgets.map((answer) => [answer.id, answer])) };
  }, `${dashboardId}:${locale}`);

  if (summary.status === 'loading') {
    return (
      <p className="app-muted" aria-busy="true">
        {t('loading')}
      </p>
    );
  }
  if (summary.status === 'error') return <LoadFailure error={summary.error} onRetry={summary.reload} />;
  if (summary.value === null) return null;
  const { dashboard, shown, answers } = summary.value;
  return (
    <div className="app-workbench__summary">
      <DashboardGrid
        dashboard={shown}
        answers={answers}
        locale={locale}
        onDrillDown={(drill) => {
          const path = drillDownPath(dashboard, drill, {}, (id) => [id]);
          if (path !== undefined) navigate(path);
        }}
      />
    </div>
  );
}
