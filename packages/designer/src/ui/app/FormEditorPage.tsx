import { FORM_SCHEMA_VERSION } from '@formwork/runtime';
import { useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../../api/createApiClient.js';
import { isArchived } from '../../api/isArchived.js';
import { appMessages as m } from '../../i18n/appMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { DraftStorage } from '../../persistence/draftStorage.js';
import { useFormPersistence } from '../../persistence/useFormPersistence.js';
import { createDesignerStore } from '../../store/createDesignerStore.js';
import { randomId } from '../../store/randomId.js';
import { FormEditor } from '../editor/FormEditor.js';
import { LinkableFormsContext, type LinkableForm } from '../editor/LinkableFormsContext.js';
import { OrgDirectoryContext } from '../editor/OrgDirectoryContext.js';
import { ArchivedFormNotice } from './ArchivedFormNotice.js';
import { routeHash } from './Route.js';
import { SharePanel } from './SharePanel.js';
import { useFormArchive } from './useFormArchive.js';
import { useOrgDirectoryLoader } from './useOrgDirectoryLoader.js';

export interface FormEditorPageProps {
  readonly api: ApiClient;
  readonly appId: string;
  readonly formId: string;
  readonly drafts: DraftStorage;
}

/** One form open in the editor, loaded from and saved to the server. */
export function FormEditorPage({ api, appId, formId, drafts }: FormEditorPageProps) {
  const { t, locale } = useLocale();
  const store = useMemo(
    () =>
      createDesignerStore({
        createId: randomId,
        locale,
        initial: { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: '', fields: [] },
      }),
    // One store per open form; the language is passed on below without losing the history.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [formId],
  );
  useEffect(() => store.getState().setLocale(locale), [locale, store]);
  const persistence = useFormPersistence({ api, formId, store, drafts, now: () => Date.now() });
  const linkable = useLinkableForms(api, appId, formId, t(m.archived));
  const directory = useOrgDirectoryLoader(api);
  const archive = useFormArchive(api, persistence.form);
  return (
    <section className="fw-editor-page">
      <p className="fw-back">
        <a href={routeHash({ page: 'app', appId })}>{t(m.backToForms)}</a>
      </p>
      {persistence.phase === 'loading' ? <p>{t(m.loading)}</p> : null}
      {persistence.phase === 'failed' ? <p role="alert">{t(m.requestFailed, { message: persistence.loadError ?? '' })}</p> : null}
      {persistence.phase === 'ready' ? (
        <LinkableFormsContext.Provider value={linkable}>
          <OrgDirectoryContext.Provider value={directory}>
            <FormEditor store={store} persistence={persistence} banner={
                <>
                  <ArchivedFormNotice archive={archive} />
                  <SharePanel form={persistence.form} origin={window.location.origin} />
                </>
              } />
          </OrgDirectoryContext.Provider>
        </LinkableFormsContext.Provider>
      ) : null}
    </section>
  );
}

/**
 * The other forms of the app with their fields, for linked-record and lookup settings. Archived
 * ones stay choosable (a form may already link to one) but say so: members cannot open them.
 */
function useLinkableForms(api: ApiClient, appId: string, formId: string, archivedLabel: string): readonly LinkableForm[] {
  const [forms, setForms] = useState<readonly (LinkableForm & { readonly archived: boolean })[]>([]);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const summaries = (await api.listForms(appId)).filter((form) => form.id !== formId);
        const documents = await Promise.all(summaries.map((form) => api.getForm(form.id).catch(() => null)));
        if (cancelled) return;
        setForms(
          summaries.map((form, index) => {
            const fields = documents[index]?.draft.fields ?? [];
            return { id: form.id, title: form.title, archived: isArchived(form), fields: fields.map((field) => ({ id: field.id, label: field.label })) };
          }),
        );
      } catch {
        // Without the list, ids are typed by hand: the settings say so.
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [api, appId, formId]);
  return useMemo(() => forms.map(({ archived, ...form }) => (archived ? { ...form, title: `${form.title} · ${archivedLabel}` } : form)), [forms, archivedLabel]);
}
