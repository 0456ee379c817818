import type { AppView, FormSummaryView } from '../api/ApiViews.js';
import type { DashboardSummaryView } from '../api/DashboardViews.js';
import { isArchived } from '../api/isArchived.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { Link } from '../routing/Link.js';
import { routePath } from '../routing/parseRoute.js';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';

/**
 * The apps the user can see, each with the forms they may fill in and look at and the
 * dashboards it holds (published ones; the server lists only those a non-admin may open).
 * Archived forms (which the server lists for admins only) are left out, and so is an app left
 * with none.
 */
export function HomePage() {
  const { api, me } = useAppSession();
  const { t } = useLocale();
  const state = useAsync(async () => {
    const apps = await api.apps();
    const sections = await Promise.all(
      apps.map(async (app) => {
        const [forms, dashboards, scorings] = await Promise.all([api.forms(app.id), api.dashboards(app.id), api.scorings(app.id)]);
        return {
          app,
          scored: scorings.some((scheme) => scheme.publishedVersion !== null),
          forms: forms.filter((form) => !isArchived(form)),
          // Admins are listed drafts too; only a published dashboard has anything to open.
          dashboards: dashboards.filter((dashboard) => dashboard.publishedVersion !== null),
          archivedAll: forms.length > 0 && forms.every(isArchived),
        };
      }),
    );
    return sections.filter((section) => !section.archivedAll);
  }, 'home');

  return (
    <main className="app-page">
      <h1>{t('homeTitle')}</h1>
      {state.status === 'loading' && <p aria-busy="true">{t('loading')}</p>}
      {state.status === 'error' && <LoadFailure error={state.error} onRetry={state.reload} />}
      {state.status === 'ready' && state.value.length === 0 && (
        <div className="app-empty">
          <p>{t('homeEmpty')}</p>
          {me.user.role === 'admin' && (
            // The designer is a separate app, so this is a plain link, not an in-app route.
            <a className="fw-button fw-button--primary" href="/designer/">
              {t('openDesigner')}
            </a>
          )}
        </div>
      )}
      {state.status === 'ready' && state.value.map(({ app, forms, dashboards, scored }) => <AppSection key={app.id} app={app} forms={forms} dashboards={dashboards} scored={scored} />)}
    </main>
  );
}

function AppSection({ app, forms, dashboards, scored }: { readonly app: AppView; readonly forms: readonly FormSummaryView[]; readonly dashboards: readonly DashboardSummaryView[]; readonly scored: boolean }) {
  const { t } = useLocale();
  const headingId = `app-${app.id}`;
  return (
    <section className="app-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{app.name}</h2>
      {app.description && <p className="app-muted">{app.description}</p>}
      <ul className="app-form-list">
        {forms.map((form) => (
          <li key={form.id} className="app-card app-form-card">
            <span className="app-form-card__title">{form.title}</span>
            {form.publishedVersion === null ? (
              <span className="app-tag">{t('notPublished')}</span>
            ) : (
              <span className="app-form-card__actions">
                <Link className="fw-button fw-button--primary" href={routePath({ page: 'fill', formId: form.id })} aria-label={`${t('fill')} ${form.title}`}>
                  {t('fill')}
                </Link>
                <Link className="fw-button" href={routePath({ page: 'data', formId: form.id })} aria-label={`${t('viewData')} ${form.title}`}>
                  {t('viewData')}
                </Link>
              </span>
            )}
          </li>
        ))}
      </ul>
      {dashboards.length > 0 && (
        <>
          <h3 className="app-section__subheading">{t('dashboards')}</h3>
          <ul className="app-form-list">
            {dashboards.map((dashboard) => (
              <li key={dashboard.id} className="app-card app-form-card">
                <span className="app-form-card__title">{dashboard.title}</span>
                <span className="app-form-card__actions">
                  <Link className="fw-button" href={routePath({ page: 'dashboard', dashboardId: dashboard.id })} aria-label={`${t('openDashboard')} ${dashboard.title}`}>
                    {t('openDashboard')}
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {scored && (
        // Targets take their actuals from the scheme's items, so both open with a published scheme.
        <>
          <h3 className="app-section__subheading">{t('performance')}</h3>
          <p className="app-form-card__actions">
            <Link className="fw-button" href={`${routePath({ page: 'performance' })}?app=${encodeURIComponent(app.id)}`} aria-label={t('performanceIn', { app: app.name })}>
              {t('myPerformance')}
            </Link>
            <Link className="fw-button" href={`${routePath({ page: 'targets' })}?app=${encodeURIComponent(app.id)}`} aria-label={t('targetsIn', { app: app.name })}>
              {t('targets')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
