import { useEffect, useState, type FormEvent } from 'react';
import type { AppSummary } from '../../api/ApiTypes.js';
import type { ApiClient } from '../../api/createApiClient.js';
import { appMessages as m } from '../../i18n/appMessages.js';
import { templateMessages } from '../../i18n/templateMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useFieldId } from '../properties/useFieldId.js';
import type { Route } from './Route.js';
import { routeHash } from './Route.js';
import { usePageTitle } from './usePageTitle.js';

/** The apps, and a way to create one. */
export function AppListPage({ api, go }: { readonly api: ApiClient; readonly go: (route: Route) => void }) {
  const { t } = useLocale();
  const nameId = useFieldId();
  const heading = usePageTitle(t(m.apps), t(m.productName));
  const [apps, setApps] = useState<readonly AppSummary[] | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.listApps().then(setApps, (problem: unknown) => setError(String(problem instanceof Error ? problem.message : problem)));
  }, [api]);
  const create = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!name.trim()) return;
    try {
      const app = await api.createApp({ name: name.trim() });
      go({ page: 'app', appId: app.id });
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    }
  };
  return (
    <section aria-labelledby={`${nameId}-title`}>
      <h2 id={`${nameId}-title`} ref={heading} tabIndex={-1}>
        {t(m.apps)}
      </h2>
      {error ? <p role="alert">{t(m.requestFailed, { message: error })}</p> : null}
      {apps === null ? <p>{t(m.loading)}</p> : apps.length === 0 ? <p>{t(m.noApps)}</p> : null}
      <ul className="fw-list">
        {apps?.map((app) => (
          <li key={app.id}>
            <a href={routeHash({ page: 'app', appId: app.id })}>{app.name}</a>
          </li>
        ))}
      </ul>
      <form className="fw-inline-form" onSubmit={(event) => void create(event)} aria-label={t(m.newApp)}>
        <label htmlFor={nameId}>{t(m.appName)}</label>
        <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} required />
        <button type="submit" className="fw-btn-primary">{t(m.newApp)}</button>
      </form>
      <p>
        <a href={routeHash({ page: 'templates' })}>{t(templateMessages.openGallery)}</a>
      </p>
      <p className="fw-muted">{t(m.comingLater)}</p>
    </section>
  );
}
