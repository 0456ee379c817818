import { FORM_SCHEMA_VERSION } from '@formwork/runtime';
import { useEffect, useState, type FormEvent } from 'react';
import type { FormSummary } from '../../api/ApiTypes.js';
import type { ApiClient } from '../../api/createApiClient.js';
import { appMessages as m } from '../../i18n/appMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useFieldId } from '../properties/useFieldId.js';
import { routeHash, type Route } from './Route.js';

/** The forms of an app, and a way to create one (which opens it in the editor). */
export function FormListPage({ api, appId, go }: { readonly api: ApiClient; readonly appId: string; readonly go: (route: Route) => void }) {
  const { t } = useLocale();
  const titleId = useFieldId();
  const [forms, setForms] = useState<readonly FormSummary[] | null>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.listForms(appId).then(setForms, (problem: unknown) => setError(problem instanceof Error ? problem.message : String(problem)));
  }, [api, appId]);
  const create = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const name = title.trim() || t(m.untitledForm);
    try {
      const form = await api.createForm(appId, { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: name, fields: [] });
      go({ page: 'form', appId, formId: form.id });
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    }
  };
  return (
    <section aria-labelledby={`${titleId}-title`}>
      <p>
        <a href={routeHash({ page: 'apps' })}>{t(m.backToApps)}</a>
      </p>
      <h2 id={`${titleId}-title`}>{t(m.forms)}</h2>
      {error ? <p role="alert">{t(m.requestFailed, { message: error })}</p> : null}
      {forms === null ? <p>{t(m.loading)}</p> : forms.length === 0 ? <p>{t(m.noForms)}</p> : null}
      <ul className="fw-list">
        {forms?.map((form) => (
          <li key={form.id}>
            <a href={routeHash({ page: 'form', appId, formId: form.id })}>{form.title}</a>{' '}
            <span className="fw-muted">{form.publishedVersion ? t(m.published, { version: form.publishedVersion }) : t(m.draftOnly)}</span>
          </li>
        ))}
      </ul>
      <form className="fw-inline-form" onSubmit={(event) => void create(event)} aria-label={t(m.newForm)}>
        <label htmlFor={titleId}>{t(m.formTitle)}</label>
        <input id={titleId} value={title} onChange={(event) => setTitle(event.target.value)} />
        <button type="submit" className="fw-btn-primary">{t(m.newForm)}</button>
      </form>
    </section>
  );
}
