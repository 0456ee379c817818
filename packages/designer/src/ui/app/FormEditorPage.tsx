import { FORM_SCHEMA_VERSION, type Locale } from '@formwork/runtime';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
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
import { workflowMessages as wm } from '../../i18n/workflowMessages.js';
import { createWorkflowSession } from '../../workflow/createWorkflowSession.js';
import { createWorkflowStore } from '../../workflow/createWorkflowStore.js';
import { starterWorkflow } from '../../workflow/starterWorkflow.js';
import { useUnsavedWorkflowWarning } from '../workflow/useUnsavedWorkflowWarning.js';
import { WorkflowDesigner } from '../workflow/WorkflowDesigner.js';

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
  const [view, setView] = useState<'form' | 'workflow'>('form');
  const formSchema = useStore(store, (state) => state.schema);
  const workflow = useWorkflowEditing(api, formId, () => store.getState().schema.title, () => store.getState().locale);
  useUnsavedWorkflowWarning(workflow.store);
  const tabs = useRef<Record<'form' | 'workflow', HTMLButtonElement | null>>({ form: null, workflow: null });
  const tab = (id: 'form' | 'workflow', label: string) => (
    <button
      ref={(element) => {
        tabs.current[id] = element;
      }}
      type="button"
      role="tab"
      id={`fw-editor-tab-${id}`}
      aria-controls={`fw-editor-panel-${id}`}
      aria-selected={view === id}
      tabIndex={view === id ? 0 : -1}
      onClick={() => setView(id)}
      onKeyDown={(event) => {
        // Arrow keys move between the two tabs, as the ARIA tabs pattern expects.
        if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
        const other = id === 'form' ? 'workflow' : 'form';
        setView(other);
        tabs.current[other]?.focus();
      }}
    >
      {label}
    </button>
  );
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
            <div role="tablist" aria-label={t(wm.editorTabs)} className="fw-editor-views">
              {tab('form', t(wm.formTab))}
              {tab('workflow', t(wm.workflowTab))}
            </div>
            <div role="tabpanel" className="fw-editor-view" id={`fw-editor-panel-${view}`} aria-labelledby={`fw-editor-tab-${view}`}>
              {view === 'form' ? (
                <FormEditor store={store} persistence={persistence} banner={
                    <>
                      <ArchivedFormNotice archive={archive} />
                      <SharePanel form={persistence.form} origin={window.location.origin} />
                    </>
                  } />
              ) : (
                <WorkflowDesigner store={workflow.store} session={workflow.session} form={formSchema} />
              )}
            </div>
          </OrgDirectoryContext.Provider>
        </LinkableFormsContext.Provider>
      ) : null}
    </section>
  );
}

/**
 * The form's workflow editor state, one per open form: kept while the form tab is shown, so that
 * switching tabs loses neither the flow's edits nor its undo history. Loaded on first view.
 */
function useWorkflowEditing(api: ApiClient, formId: string, formTitle: () => string, locale: () => Locale) {
  return useMemo(
    () => {
      const workflowStore = createWorkflowStore({ createId: (prefix) => `${prefix}${randomId('node').slice(1)}`, locale: locale(), initial: starterWorkflow(formId, formTitle(), locale()) });
      return { store: workflowStore, session: createWorkflowSession({ api, formId, formTitle, locale, store: workflowStore }) };
    },
    // One per open form; the title and language are read when needed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, formId],
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
