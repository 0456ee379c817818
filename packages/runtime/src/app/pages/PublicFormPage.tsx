import { useMemo, useState } from 'react';
import type { CompiledForm, FormSchema } from '../../engine/index.js';
import { FormRenderer, draftKey, type DraftStorage } from '../../react/index.js';
import type { ApiClient } from '../api/ApiClient.js';
import { ApiError } from '../api/ApiError.js';
import { fetchPublicForm, submitPublicForm, type PublicFormView } from '../api/publicForms.js';
import { toSubmitOutcome } from '../api/toSubmitOutcome.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';

export interface PublicFormPageProps {
  readonly token: string;
  readonly client: ApiClient;
  readonly compile: (schema: FormSchema, cacheKey: string) => CompiledForm;
  readonly draftStorage: DraftStorage;
  readonly now: () => number;
}

/**
 * `/p/:token`: a form opened to anyone with its link (外链) — no sign-in, no navigation, only the
 * form and, once sent, a thank-you. Public forms hold no member, department, linked-record or
 * file fields (the server refuses them at publish), so the renderer needs no services.
 */
export function PublicFormPage({ token, client, compile, draftStorage, now }: PublicFormPageProps) {
  const { t } = useLocale();
  const state = useAsync(() => fetchPublicForm(client, token), token);
  if (state.status === 'loading') return <main className="app-page" aria-busy="true">{t('loading')}</main>;
  if (state.status === 'error') {
    // Every unusable link is the same 404: say so plainly instead of "not found".
    const gone = state.error instanceof ApiError && state.error.status === 404;
    return (
      <main className="app-page">
        {gone ? <p className="app-empty">{t('publicFormUnavailable')}</p> : <LoadFailure error={state.error} onRetry={state.reload} />}
      </main>
    );
  }
  return <PublicForm token={token} form={state.value} client={client} compile={compile} draftStorage={draftStorage} now={now} />;
}

function PublicForm({ token, form, client, compile, draftStorage, now }: Omit<PublicFormPageProps, 'token'> & { readonly token: string; readonly form: PublicFormView }) {
  const { locale, t } = useLocale();
  const [round, setRound] = useState(0);
  const [submitted, setSubmitted] = useState(false);
  const compiled = useMemo(() => compile(form.schema, `public:${token}@${form.version}`), [compile, form, token]);
  const context = useMemo(() => ({ now, locale }), [now, locale]);
  // A stranger's unsent answers stay on their device like anyone's, under the link rather than a user.
  const draft = { storage: draftStorage, key: draftKey({ formId: `public:${token}`, version: form.version }) };
  return (
    <main className="app-page app-page--form">
      <div className="app-card app-fill">
        <h1>{form.schema.title || form.title}</h1>
        {form.schema.description && <p className="app-muted app-fill__description">{form.schema.description}</p>}
        {submitted ? (
          <div className="app-success" role="status">
            <h2>{t('submittedTitle')}</h2>
            <p>{t('publicSubmittedBody')}</p>
            <div className="app-actions">
              <button
                type="button"
                className="fw-button fw-button--primary"
                onClick={() => {
                  setSubmitted(false);
                  setRound((r) => r + 1);
                }}
              >
                {t('fillAnother')}
              </button>
            </div>
          </div>
        ) : (
          <FormRenderer
            key={`${round}:${locale}`}
            compiled={compiled}
            context={context}
            draft={draft}
            // The answer names no record: the renderer only needs to know it was taken.
            onSubmit={(values, { idempotencyKey }) => toSubmitOutcome(submitPublicForm(client, token, values, idempotencyKey).then(() => ({ id: '' })))}
            onSubmitted={() => setSubmitted(true)}
          />
        )}
      </div>
    </main>
  );
}
