import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { DashboardSchema, DrillDown } from '../../engine/index.js';
import type { DepartmentNode, DirectoryEntry } from '../api/ApiViews.js';
import type { WidgetAnswer } from '../api/DashboardViews.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { useDashboardText } from './dashboardMessages.js';
import { navigate } from '../routing/useLocation.js';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';
import './dashboard.css';
import { DashboardController } from './DashboardController.js';
import { DashboardFilterBar } from './DashboardFilterBar.js';
import { DashboardGrid } from './DashboardGrid.js';
import { departmentOptions, subDepartmentsOf } from './departmentOptions.js';
import { drillDownPath } from './drillDownPath.js';
import { readDashboardDocument } from './readDashboardDocument.js';
import { refreshSecondsOf } from './refreshSecondsOf.js';

export interface DashboardScreenProps {
  readonly dashboardId: string;
  /** The published DashboardSchema as the server stored it (checked when published). */
  readonly document: Readonly<Record<string, unknown>>;
}

/**
 * The body of `/dashboards/:id`, loaded lazily with the charts entry (echarts stays out of the
 * fill page): the title, the filters, and every widget from one data call per change.
 */
export default function DashboardScreen({ dashboardId, document }: DashboardScreenProps) {
  const t = useDashboardText();
  const dashboard = useMemo(() => readDashboardDocument(document), [document]);
  if (dashboard === undefined) {
    return (
      <div className="app-empty" role="alert">
        <p>{t('dashboardInvalid')}</p>
      </div>
    );
  }
  return <DashboardBody dashboardId={dashboardId} dashboard={dashboard} refreshSeconds={refreshSecondsOf(document)} />;
}

function DashboardBody({ dashboardId, dashboard, refreshSeconds }: { readonly dashboardId: string; readonly dashboard: DashboardSchema; readonly refreshSeconds: number | undefined }) {
  const { api } = useAppSession();
  const { locale, t: appText } = useLocale();
  const t = useDashboardText();
  const filters = dashboard.filters ?? [];
  const [controller] = useState(
    () =>
      new DashboardController(window.location.search, filters, {
        load: (values) => api.dashboardData(dashboardId, values),
        writeQuery: (query) => window.history.replaceState(window.history.state, '', window.location.pathname + query),
      }),
  );
  const state = useSyncExternalStore(controller.subscribe, () => controller.state);

  // Widget labels and errors come in the request's language: ask again when it changes.
  useEffect(() => {
    void controller.load();
  }, [controller, locale]);
  useEffect(() => {
    if (refreshSeconds === undefined) return;
    const timer = window.setInterval(() => {
      // A hidden tab does not need fresh figures; it gets them at the next tick once shown.
      if (window.document.visibilityState !== 'hidden') void controller.refresh();
    }, refreshSeconds * 1000);
    return () => window.clearInterval(timer);
  }, [controller, refreshSeconds]);

  const pickers = usePickers(filters.some((filter) => filter.kind === 'member'), filters.some((filter) => filter.kind === 'department'));
  const answers = useMemo(
    () => new Map<string, WidgetAnswer>(state.data.status === 'ready' ? state.data.answer.widgets.map((answer) => [answer.id, answer]) : []),
    [state.data],
  );
  const openDrillDown = (drill: DrillDown) => {
    const path = drillDownPath(dashboard, drill, controller.state.values, (id) => subDepartmentsOf(pickers.tree, id));
    if (path !== undefined) navigate(path);
  };

  return (
    <>
      {dashboard.description !== undefined && <p className="app-muted">{dashboard.description}</p>}
      <DashboardFilterBar
        filters={filters}
        values={state.values}
        people={pickers.people}
        departments={pickers.departments}
        onChange={(id, value) => void controller.setFilter(id, value)}
      />
      <div className="app-dashboard__status">
        <span role="status" className="app-muted">
          {state.updating || state.data.status === 'loading'
            ? t('updating')
            : state.data.status === 'ready'
              ? t('computedAt', { time: new Date(state.data.answer.computedAt).toLocaleTimeString(locale) })
              : ''}
          {refreshSeconds !== undefined && ` · ${t('autoRefresh', { n: refreshSeconds })}`}
        </span>
        <button type="button" className="fw-button" onClick={() => void controller.refresh()}>
          {t('refresh')}
        </button>
      </div>
      {state.refreshFailed && <p className="app-warning">{t('refreshFailed')}</p>}
      {state.data.status === 'error' && <LoadFailure error={state.data.error} onRetry={() => void controller.refresh()} />}
      {/* Before the first answer the widgets would all say "no data": say "loading" once instead. */}
      {state.data.status === 'loading' && <p aria-busy="true">{appText('loading')}</p>}
      {state.data.status === 'ready' && (
        <div aria-busy={state.updating}>
          {/* The widgets' titles are h3 (the charts entry): a heading between them and the page's h1. */}
          <h2 className="fw-visually-hidden">{t('dashboardWidgets')}</h2>
          <DashboardGrid dashboard={dashboard} answers={answers} locale={locale} onDrillDown={openDrillDown} />
        </div>
      )}
    </>
  );
}

const noDepartments: readonly DepartmentNode[] = [];

/** The directory and the department tree, loaded only for the pickers the dashboard has; without them the pickers offer "All" only. */
function usePickers(needPeople: boolean, needDepartments: boolean) {
  const { api } = useAppSession();
  const people = useAsync(async (): Promise<readonly DirectoryEntry[]> => (needPeople ? api.users() : []), `people:${String(needPeople)}`);
  const tree = useAsync(async (): Promise<readonly DepartmentNode[]> => (needDepartments ? api.departments() : []), `departments:${String(needDepartments)}`);
  const departments = tree.status === 'ready' ? tree.value : noDepartments;
  return {
    people: people.status === 'ready' ? people.value : [],
    tree: departments,
    departments: useMemo(() => departmentOptions(departments), [departments]),
  };
}
