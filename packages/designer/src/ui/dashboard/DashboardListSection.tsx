import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { ApiClient } from '../../api/createApiClient.js';
import type { DashboardSummary } from '../../api/DashboardApi.js';
import { emptyDashboard } from '../../dashboard/emptyDashboard.js';
import { renameDashboard } from '../../dashboard/renameDashboard.js';
import { dashboardMessages as m } from '../../i18n/dashboardMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { routeHash, type Route } from '../app/Route.js';

/** The app page's dashboards: each opens in the dashboard editor; create one (it opens), rename one in place. */
export function DashboardListSection({ api, appId, go }: { readonly api: ApiClient; readonly appId: string; readonly go: (route: Route) => void }) {
  const { t } = useLocale();
  const id = useId();
  const [dashboards, setDashboards] = useState<readonly DashboardSummary[] | null>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ readonly id: string; readonly title: string } | null>(null);
  const fail = (problem: unknown): void => setError(problem instanceof Error ? problem.message : String(problem));
  const load = useCallback((): Promise<void> => api.listDashboards(appId).then(setDashboards, fail), [api, appId]);
  useEffect(() => {
    void load();
  }, [load]);
  const create = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    try {
      const created = await api.createDashboard(appId, emptyDashboard(title.trim() || t(m.untitledDashboard)));
      go({ page: 'dashboard', appId, dashboardId: created.id });
    } catch (problem) {
      fail(problem);
    }
  };
  const rename = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!renaming || renaming.title.trim() === '') return;
    try {
      await renameDashboard(api, renaming.id, renaming.title.trim());
      setRenaming(null);
      setError(null);
      await load();
    } catch (problem) {
      fail(problem);
    }
  };
  return (
    <section aria-labelledby={`${id}-title`} className="fw-dash-list">
      <h3 id={`${id}-title`}>{t(m.dashboards)}</h3>
      {error ? <p role="alert">{t(m.requestFailed, { message: error })}</p> : null}
      {dashboards !== null && dashboards.length === 0 ? <p>{t(m.noDashboards)}</p> : null}
      <ul className="fw-list">
        {(dashboards ?? []).map((dashboard) => (
          <li key={dashboard.id}>
            <a href={routeHash({ page: 'dashboard', appId, dashboardId: dashboard.id })}>{dashboard.title}</a>{' '}
            <span className="fw-muted">{dashboard.publishedVersion ? t(m.published, { version: dashboard.publishedVersion }) : t(m.draftOnly)}</span>
            {renaming?.id === dashboard.id ? (
              <form className="fw-inline-form" onSubmit={(event) => void rename(event)} aria-label={t(m.renameNamed, { title: dashboard.title })}>
                <label htmlFor={`${id}-rename`}>{t(m.newTitleOf, { title: dashboard.title })}</label>
                <input id={`${id}-rename`} autoFocus value={renaming.title} onChange={(event) => setRenaming({ id: dashboard.id, title: event.target.value })} />
                <button type="submit" className="fw-btn-primary fw-btn-small">
                  {t(m.saveTitle)}
                </button>
                <button type="button" className="fw-btn-small" onClick={() => setRenaming(null)}>
                  {t(m.cancel)}
                </button>
              </form>
            ) : (
              <button type="button" className="fw-btn-small fw-list-action" aria-label={t(m.renameNamed, { title: dashboard.title })} onClick={() => setRenaming({ id: dashboard.id, title: dashboard.title })}>
                {t(m.rename)}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form className="fw-inline-form" onSubmit={(event) => void create(event)} aria-label={t(m.newDashboard)}>
        <label htmlFor={`${id}-new`}>{t(m.dashboardTitle)}</label>
        <input id={`${id}-new`} value={title} onChange={(event) => setTitle(event.target.value)} />
        <button type="submit" className="fw-btn-primary">
          {t(m.newDashboard)}
        </button>
      </form>
    </section>
  );
}
