import type { LocalizedText } from '@formwork/runtime';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/ApiError.js';
import type { TemplateApi, TemplateInstallResult, TemplateSummary } from '../../api/TemplateApi.js';
import { appMessages } from '../../i18n/appMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { orgMessages } from '../../i18n/orgMessages.js';
import { templateMessages as m, templateTexts } from '../../i18n/templateMessages.js';
import { useFieldId } from '../properties/useFieldId.js';
import { routeHash } from '../app/Route.js';
import { usePageTitle } from '../app/usePageTitle.js';

/** Where the one install the page allows at a time stands. */
type InstallState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'installing'; readonly name: string; readonly sampleData: boolean }
  | { readonly kind: 'installed'; readonly name: string; readonly result: TemplateInstallResult }
  | { readonly kind: 'failed'; readonly name: string; readonly status: number; readonly code: string; readonly message: string };

/**
 * The template gallery (#15): each shipped template with what it holds, installed as a new app
 * with or without sample data. The outcome — the new app, the sample people's one-time password,
 * a scheme now reading another app, or what failed — is announced in a live region.
 */
export function TemplateGalleryPage({ api }: { readonly api: TemplateApi }) {
  const { t, locale } = useLocale();
  const id = useFieldId();
  const heading = usePageTitle(t(m.gallery), t(appMessages.productName));
  const [templates, setTemplates] = useState<readonly TemplateSummary[] | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [sampleData, setSampleData] = useState<Readonly<Record<string, boolean>>>({});
  const [state, setState] = useState<InstallState>({ kind: 'idle' });
  useEffect(() => {
    api.listTemplates().then(setTemplates, (problem: unknown) => setLoadError(asApiError(problem)));
  }, [api]);

  const text = (template: TemplateSummary, key: 'title' | 'description'): string => {
    const known: LocalizedText | undefined = templateTexts[template.name]?.[key];
    return known ? t(known) : template[key];
  };
  const titleOf = (name: string): string => {
    const template = templates?.find((entry) => entry.name === name);
    return template ? text(template, 'title') : name;
  };
  const count = (value: number): string => value.toLocaleString(locale);
  const install = async (template: TemplateSummary): Promise<void> => {
    const withSample = sampleData[template.name] ?? false;
    setState({ kind: 'installing', name: template.name, sampleData: withSample });
    try {
      const result = await api.installTemplate(template.name, { sampleData: withSample });
      setState({ kind: 'installed', name: template.name, result });
    } catch (problem) {
      const error = asApiError(problem);
      setState({ kind: 'failed', name: template.name, status: error.status, code: error.code, message: error.message });
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="fw-templates">
      <p>
        <a href={routeHash({ page: 'apps' })}>{t(appMessages.backToApps)}</a>
      </p>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t(m.gallery)}
      </h2>
      <p className="fw-muted">{t(m.intro)}</p>
      {loadError ? <p role="alert">{loadError.status === 403 ? t(m.adminsOnly) : t(m.loadFailed, { message: loadError.message })}</p> : null}
      {templates === null && !loadError ? <p>{t(m.loading)}</p> : null}
      {templates?.length === 0 ? <p>{t(m.none)}</p> : null}
      <div role="status" aria-live="polite" className="fw-template-outcome">
        {state.kind === 'installing' ? (
          <>
            <p>{t(state.sampleData ? m.installingSample : m.installing, { title: titleOf(state.name) })}</p>
            <progress aria-label={t(m.installProgress)} />
          </>
        ) : null}
        {state.kind === 'installed' ? <InstallOutcome result={state.result} title={titleOf(state.name)} count={count} /> : null}
      </div>
      {state.kind === 'failed' ? (
        <p role="alert">
          {state.status === 403
            ? t(m.adminsOnly)
            : state.status === 0
              ? t(m.unreachable, { title: titleOf(state.name), message: state.message })
              : t(m.installFailed, { title: titleOf(state.name), message: state.message, code: state.code })}
        </p>
      ) : null}
      <ul className="fw-template-list">
        {templates?.map((template) => {
          const title = text(template, 'title');
          const titleId = `${id}-${template.name}`;
          const checkboxId = `${id}-${template.name}-sample`;
          const inside: [LocalizedText, readonly string[]][] = [
            [m.forms, template.forms.map((form) => form.title)],
            [m.workflows, template.workflows.map((workflow) => workflow.title)],
            [m.scorings, template.scorings.map((scoring) => scoring.title)],
            [m.dashboards, template.dashboards.map((dashboard) => dashboard.title)],
            [m.roles, template.roles.map((role) => role.name)],
          ];
          return (
            <li key={template.name}>
              <article aria-labelledby={titleId} className="fw-template-card">
                <h3 id={titleId}>{title}</h3>
                <p>{text(template, 'description')}</p>
                <h4>{t(m.inside)}</h4>
                <dl>
                  {inside
                    .filter(([, names]) => names.length > 0)
                    .map(([label, names]) => (
                      <div key={label.en}>
                        <dt>{t(label, { count: names.length })}</dt>
                        <dd>{names.join(t(m.listSeparator))}</dd>
                      </div>
                    ))}
                </dl>
                <p className="fw-muted">
                  {t(m.sampleSize, { departments: count(template.sampleData.departments), users: count(template.sampleData.users), records: count(template.sampleData.records) })}
                </p>
                <p>
                  <input
                    id={checkboxId}
                    type="checkbox"
                    checked={sampleData[template.name] ?? false}
                    disabled={state.kind === 'installing'}
                    onChange={(event) => setSampleData({ ...sampleData, [template.name]: event.target.checked })}
                  />
                  <label htmlFor={checkboxId}>{t(m.withSampleData)}</label>
                </p>
                <button type="button" className="fw-btn-primary" aria-describedby={titleId} disabled={state.kind === 'installing'} onClick={() => void install(template)}>
                  {t(m.install)}
                </button>
              </article>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function InstallOutcome({ result, title, count }: { readonly result: TemplateInstallResult; readonly title: string; readonly count: (value: number) => string }) {
  const { t } = useLocale();
  const sample = result.sampleData;
  const records = sample ? Object.values(sample.records).reduce((sum, value) => sum + value, 0) : 0;
  return (
    <>
      <p>{t(m.installed, { title, app: result.app.name, forms: count(result.forms.length) })}</p>
      <p>
        <a href={routeHash({ page: 'app', appId: result.app.id })}>{t(m.openApp, { app: result.app.name })}</a>
      </p>
      {sample ? <p>{t(m.recordsWritten, { records: count(records) })}</p> : null}
      {sample && sample.initialPassword !== null ? (
        <>
          <p>
            {t(m.peopleCreated, { users: count(sample.users.created), departments: count(sample.departments.created) })} <code className="fw-password">{sample.initialPassword}</code>
          </p>
          <p>
            {t(m.peopleHint)} <a href={routeHash({ page: 'org' })}>{t(orgMessages.organisation)}</a>
          </p>
        </>
      ) : null}
      {sample && sample.initialPassword === null && sample.users.reused > 0 ? <p>{t(m.peopleReused, { users: count(sample.users.reused) })}</p> : null}
      {(result.links ?? []).map((link) => (
        <p key={`${link.app.id}-${link.reads.id}`}>{t(m.linked, { app: link.app.name, reads: link.reads.name })}</p>
      ))}
    </>
  );
}

function asApiError(problem: unknown): ApiError {
  if (problem instanceof ApiError) return problem;
  return new ApiError(0, 'network', problem instanceof Error ? problem.message : String(problem));
}
