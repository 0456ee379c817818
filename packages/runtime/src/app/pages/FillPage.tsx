import { useMemo, useState } from 'react';
import { FormRenderer, draftKey } from '../../react/index.js';
import type { FormView } from '../api/ApiViews.js';
import { createFormServices } from '../api/createFormServices.js';
import { isArchived } from '../api/isArchived.js';
import { fetchMyPublicLink } from '../api/publicForms.js';
import { toSubmitOutcome } from '../api/toSubmitOutcome.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { ArchivedFormNotice } from '../records/ArchivedFormNotice.js';
import { useFormForRole } from '../records/useFormForRole.js';
import { Link } from '../routing/Link.js';
import { routePath } from '../routing/parseRoute.js';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { ShareLink } from '../shell/ShareLink.js';
import { useAsync } from '../shell/useAsync.js';

/** `/f/:formId`: fill in a form and submit it; the address can be shared. */
export function FillPage({ formId }: { readonly formId: string }) {
  const { api } = useAppSession();
  const { t } = useLocale();
  const state = useAsync(() => api.form(formId), formId);
  if (state.status === 'loading') return <main className="app-page" aria-busy="true">{t('loading')}</main>;
  if (state.status === 'error') return <main className="app-page"><LoadFailure error={state.error} onRetry={state.reload} /></main>;
  return <FillForm form={state.value} />;
}

function FillForm({ form }: { readonly form: FormView }) {
  const { api, me, draftStorage, now } = useAppSession();
  const { locale, t } = useLocale();
  const [round, setRound] = useState(0);
  const [submitted, setSubmitted] = useState<string | null | undefined>(undefined);
  const services = useMemo(() => createFormServices(api, form.id), [api, form.id]);
  const published = form.published;
  // The form as this role fills it in: fields it may not see or change (settings.access.fields) are not offered.
  const forRole = useFormForRole(form);
  const compiled = forRole?.compiled ?? null;
  const context = useMemo(() => ({ now, locale, user: { id: me.user.id, departmentId: me.user.departmentId } }), [now, locale, me]);

  // An archived form (only admins still open it) takes no new records: the server would refuse them.
  if (isArchived(form)) {
    return (
      <main className="app-page">
        <h1>{form.title}</h1>
        <ArchivedFormNotice />
        <Link className="fw-button" href={routePath({ page: 'data', formId: form.id })}>
          {t('viewData')}
        </Link>
      </main>
    );
  }
  if (!published || !compiled) {
    return (
      <main className="app-page">
        <h1>{form.title}</h1>
        <p className="app-empty">{t('formNotPublished')}</p>
      </main>
    );
  }
  const draft = { storage: draftStorage, key: draftKey({ formId: form.id, version: published.version, userId: me.user.id }) };
  return (
    <main className="app-page app-page--form">
      <div className="app-card app-fill">
        <h1>{published.schema.title || form.title}</h1>
        {published.schema.description && <p className="app-muted app-fill__description">{published.schema.description}</p>}
        {submitted !== undefined ? (
          <div className="app-success" role="status">
            <h2>{t('submittedTitle')}</h2>
            <p>{t('submittedBody')}</p>
            <div className="app-actions">
              <button
                type="button"
                className="fw-button fw-button--primary"
                onClick={() => {
                  setSubmitted(undefined);
                  setRound((r) => r + 1);
                }}
              >
                {t('fillAnother')}
              </button>
              {submitted !== null && (
                <Link className="fw-button" href={routePath({ page: 'record', recordId: submitted })}>
                  {t('openRecord')}
                </Link>
              )}
              <Link className="fw-button" href={routePath({ page: 'myData', formId: form.id })}>
                {t('navMyData')}
              </Link>
            </div>
          </div>
        ) : (
          <FormRenderer
            // A new language or a new round starts a new session; the draft carries the values over.
            key={`${round}:${locale}`}
            compiled={compiled}
            context={context}
            services={services}
            draft={draft}
            onSubmit={(values, { idempotencyKey }) => toSubmitOutcome(api.submitRecord(form.id, forRole ? forRole.writable(values) : values, idempotencyKey))}
            onSubmitted={(outcome) => setSubmitted(outcome.recordId ?? null)}
          />
        )}
      </div>
      <ShareLink url={`${window.location.origin}${routePath({ page: 'fill', formId: form.id })}`} />
      {published.schema.settings?.publicLink?.enabled === true ? <MyPublicLink formId={form.id} /> : null}
    </main>
  );
}

/** The form is open to the public: the rep's own link, so that what their customers send is theirs. Nothing while it cannot be had. */
function MyPublicLink({ formId }: { readonly formId: string }) {
  const { api } = useAppSession();
  const { t } = useLocale();
  const link = useAsync(() => fetchMyPublicLink(api.client, formId), formId);
  if (link.status !== 'ready') return null;
  return <ShareLink url={`${window.location.origin}${link.value.url}`} label={t('myPublicLink')} />;
}
