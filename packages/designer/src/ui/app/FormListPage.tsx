import { FORM_SCHEMA_VERSION } from '@formwork/runtime';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { FormSummary } from '../../api/ApiTypes.js';
import type { ApiClient } from '../../api/createApiClient.js';
import { isArchived } from '../../api/isArchived.js';
import { appMessages as m } from '../../i18n/appMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useFieldId } from '../properties/useFieldId.js';
import { ScoringSchemeList } from '../scoring/ScoringSchemeList.js';
import { DashboardListSection } from '../dashboard/DashboardListSection.js';
import { AppSettingsSection } from './AppSettingsSection.js';
import { ArchiveFormPanel } from './ArchiveFormPanel.js';
import { routeHash, type Route } from './Route.js';
import { usePageTitle } from './usePageTitle.js';

/**
 * The forms of an app, a way to create one (which opens it in the editor), and to archive a form
 * (after an inline confirmation) or restore an archived one. Archived forms are listed apart and
 * still open in the editor.
 */
export function FormListPage({ api, appId, go }: { readonly api: ApiClient; readonly appId: string; readonly go: (route: Route) => void }) {
  const { t, locale } = useLocale();
  // The heading takes focus through `focus.fallback` below; this names the tab.
  usePageTitle(t(m.forms), t(m.productName));
  const titleId = useFieldId();
  const [forms, setForms] = useState<readonly FormSummary[] | null>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The form whose archiving waits for confirmation, and whether an archive or restore is out.
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const focus = useFocusAfterRender();
  const load = useCallback(
    (): Promise<void> => api.listForms(appId).then(setForms, (problem: unknown) => setError(problem instanceof Error ? problem.message : String(problem))),
    [api, appId],
  );
  useEffect(() => {
    void load();
  }, [load]);
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
  // Archive or restore, then land on the form's button in the list it moved to.
  const change = async (form: FormSummary, request: (formId: string) => Promise<{ readonly archivedAt?: string | null }>): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const changed = await request(form.id);
      focus.next([`restore:${form.id}`, `archive:${form.id}`]);
      setForms((current) => current?.map((item) => (item.id === form.id ? { ...item, archivedAt: changed.archivedAt ?? null } : item)) ?? null);
    } catch (problem) {
      // Someone else may have archived or restored it meanwhile (409): show where it is now.
      setError(problem instanceof Error ? problem.message : String(problem));
      await load();
      focus.next([`restore:${form.id}`, `archive:${form.id}`]);
    } finally {
      setConfirming(null);
      setBusy(false);
    }
  };
  const cancel = (formId: string): void => {
    focus.next([`archive:${formId}`]);
    setConfirming(null);
  };
  const live = forms?.filter((form) => !isArchived(form)) ?? [];
  const archived = forms?.filter(isArchived) ?? [];
  return (
    <section aria-labelledby={`${titleId}-title`}>
      <p>
        <a href={routeHash({ page: 'apps' })}>{t(m.backToApps)}</a>
      </p>
      <h2 id={`${titleId}-title`} ref={focus.fallback} tabIndex={-1}>
        {t(m.forms)}
      </h2>
      {error ? <p role="alert">{t(m.requestFailed, { message: error })}</p> : null}
      {forms === null ? <p>{t(m.loading)}</p> : live.length > 0 ? null : <p>{t(archived.length > 0 ? m.noLiveForms : m.noForms)}</p>}
      <ul className="fw-list">
        {live.map((form) => (
          <li key={form.id}>
            <a href={routeHash({ page: 'form', appId, formId: form.id })}>{form.title}</a>{' '}
            <span className="fw-muted">{form.publishedVersion ? t(m.published, { version: form.publishedVersion }) : t(m.draftOnly)}</span>
            <button
              ref={focus.target(`archive:${form.id}`)}
              type="button"
              className="fw-btn-small fw-list-action"
              aria-label={t(m.archiveNamed, { title: form.title })}
              aria-expanded={confirming === form.id}
              onClick={() => setConfirming(confirming === form.id ? null : form.id)}
            >
              {t(m.archive)}
            </button>
            {confirming === form.id ? (
              <ArchiveFormPanel
                title={form.title}
                busy={busy}
                onConfirm={() => void change(form, (formId) => api.archiveForm(formId))}
                onCancel={() => cancel(form.id)}
              />
            ) : null}
          </li>
        ))}
      </ul>
      <form className="fw-inline-form" onSubmit={(event) => void create(event)} aria-label={t(m.newForm)}>
        <label htmlFor={titleId}>{t(m.formTitle)}</label>
        <input id={titleId} value={title} onChange={(event) => setTitle(event.target.value)} />
        <button type="submit" className="fw-btn-primary">{t(m.newForm)}</button>
      </form>
      {forms === null ? null : <AppSettingsSection api={api} appId={appId} forms={live} />}
      <DashboardListSection api={api} appId={appId} go={go} />
      <ScoringSchemeList api={api} appId={appId} />
      {archived.length > 0 ? (
        <section className="fw-archived" aria-labelledby={`${titleId}-archived`}>
          <h3 id={`${titleId}-archived`}>{t(m.archived)}</h3>
          <ul className="fw-list">
            {archived.map((form) => (
              <li key={form.id}>
                <a href={routeHash({ page: 'form', appId, formId: form.id })}>{form.title}</a>{' '}
                <span className="fw-muted">{t(m.archivedOn, { date: new Date(form.archivedAt).toLocaleDateString(locale) })}</span>
                <button
                  ref={focus.target(`restore:${form.id}`)}
                  type="button"
                  className="fw-btn-small fw-list-action"
                  aria-label={t(m.restoreNamed, { title: form.title })}
                  aria-disabled={busy || undefined}
                  onClick={() => void change(form, (formId) => api.unarchiveForm(formId))}
                >
                  {t(m.restore)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

/**
 * Moves focus, once the next render is on screen, to the first of some named elements that
 * exists (or to the fallback): a form's button after it moved between the lists.
 */
function useFocusAfterRender() {
  const elements = useRef(new Map<string, HTMLElement>());
  const fallback = useRef<HTMLHeadingElement>(null);
  const wanted = useRef<readonly string[] | null>(null);
  useLayoutEffect(() => {
    const keys = wanted.current;
    if (keys === null) return;
    wanted.current = null;
    const target = keys.map((key) => elements.current.get(key)).find((element) => element !== undefined) ?? fallback.current;
    target?.focus();
  });
  return {
    fallback,
    next: (keys: readonly string[]): void => {
      wanted.current = keys;
    },
    target:
      (key: string) =>
      (element: HTMLElement | null): void => {
        if (element) elements.current.set(key, element);
        else elements.current.delete(key);
      },
  };
}
