import type { WorkbenchAppView } from '../api/WorkbenchViews.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { Link } from '../routing/Link.js';
import { routePath } from '../routing/parseRoute.js';
import { AppBadge } from './AppBadge.js';
import { useWorkbenchText } from './workbenchMessages.js';

/** Every app the viewer may open, in its icon and colour: its forms (fill in, data), dashboards, performance and targets. */
export function AppsSection({ apps }: { readonly apps: readonly WorkbenchAppView[] }) {
  const { wt } = useWorkbenchText();
  return (
    <section className="app-workbench__apps" aria-labelledby="workbench-apps">
      <h2 id="workbench-apps">{wt('appsHeading')}</h2>
      {apps.map((app) => (
        <AppCard key={app.id} app={app} />
      ))}
    </section>
  );
}

function AppCard({ app }: { readonly app: WorkbenchAppView }) {
  const { t } = useLocale();
  const headingId = `app-${app.id}`;
  return (
    <section className="app-section app-card app-workbench__app" aria-labelledby={headingId}>
      <h3 id={headingId} className="app-workbench__app-name">
        <AppBadge app={app} />
        <span>{app.name}</span>
      </h3>
      {app.description && <p className="app-muted">{app.description}</p>}
      <ul className="app-form-list">
        {app.forms.map((form) => (
          <li key={form.id} className="app-card app-form-card">
            <span className="app-form-card__title">{form.title}</span>
            <span className="app-form-card__actions">
              {form.canSubmit && (
                <Link className="fw-button fw-button--primary" href={routePath({ page: 'fill', formId: form.id })} aria-label={`${t('fill')} ${form.title}`}>
                  {t('fill')}
                </Link>
              )}
              <Link className="fw-button" href={routePath({ page: 'data', formId: form.id })} aria-label={`${t('viewData')} ${form.title}`}>
                {t('viewData')}
              </Link>
            </span>
          </li>
        ))}
      </ul>
      {app.dashboards.length > 0 && (
        <>
          <h4 className="app-section__subheading">{t('dashboards')}</h4>
          <ul className="app-form-list">
            {app.dashboards.map((dashboard) => (
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
      {app.performance !== null && (
        // Targets take their actuals from the scheme's items, so both open with a published scheme.
        <>
          <h4 className="app-section__subheading">{t('performance')}</h4>
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
