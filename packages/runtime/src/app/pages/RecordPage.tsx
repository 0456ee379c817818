import { lazy, Suspense, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { FieldDefinition, RecordData } from '../../engine/index.js';
import { FormRenderer, type SubmitOutcome } from '../../react/index.js';
import { ApiError } from '../api/ApiError.js';
import type { FormView, RecordView } from '../api/ApiViews.js';
import { isProposedChange, type ProposedRecordChange } from '../api/ChangeViews.js';
import { changeTranslator } from '../changes/changeMessages.js';
import { PendingChangeNotice } from '../changes/PendingChangeNotice.js';
import { createFormServices } from '../api/createFormServices.js';
import { isArchived } from '../api/isArchived.js';
import { toSubmitOutcome } from '../api/toSubmitOutcome.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { ArchivedFormNotice } from '../records/ArchivedFormNotice.js';
import { ChangeReasonField } from '../records/ChangeReasonField.js';
import { ConfirmChangePanel } from '../records/ConfirmChangePanel.js';
import { RecordHistory } from '../records/RecordHistory.js';
import { StaleEditNotice } from '../records/StaleEditNotice.js';
import { toRecordPatch } from '../records/toRecordPatch.js';
import { useFormForRole } from '../records/useFormForRole.js';
import { useChangeReason } from '../records/useChangeReason.js';
import { Link } from '../routing/Link.js';
import { routePath } from '../routing/parseRoute.js';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';

// The approval timeline and Withdraw come with the tasks chunk, fetched when a record is opened:
// the fill page's bundle does not carry them.
const RecordFlow = lazy(() => import('../tasks/RecordFlow.js'));

/**
 * `/records/:id`: one record, its history, and edit / delete / restore where allowed: only when
 * the server says the caller may change it (`canEdit`, which each answer about the record carries
 * afresh). A record of an archived form (admins only) is read-only: the server refuses every
 * change with 409.
 */
export function RecordPage({ recordId }: { readonly recordId: string }) {
  const { api } = useAppSession();
  const { t } = useLocale();
  const state = useAsync(async () => {
    const record = await api.record(recordId);
    return { record, form: await api.form(record.formId) };
  }, recordId);
  if (state.status === 'loading') return <main className="app-page" aria-busy="true">{t('loading')}</main>;
  if (state.status === 'error') return <main className="app-page"><LoadFailure error={state.error} onRetry={state.reload} /></main>;
  return <RecordDetail key={recordId} initial={state.value.record} form={state.value.form} />;
}

function RecordDetail({ initial, form }: { readonly initial: RecordView; readonly form: FormView }) {
  const { api, me, now } = useAppSession();
  const { locale, t } = useLocale();
  const [record, setRecord] = useState(initial);
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState<{ theirs: RecordView; mine: RecordData } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [historyRound, setHistoryRound] = useState(0);
  // The delete or restore waiting for confirmation, and whether its request is out.
  const [pending, setPending] = useState<'delete' | 'restore' | null>(null);
  const [busy, setBusy] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const restoreButton = useRef<HTMLButtonElement>(null);
  const reasonId = useId();
  const services = useMemo(() => createFormServices(api, form.id), [api, form.id]);
  const published = form.published;
  const reason = useChangeReason(published?.schema.settings?.changeReason === 'required');
  // The form as this role sees it: hidden fields (the server sends none of their values) not shown, read-only ones locked.
  const forRole = useFormForRole(form);
  const compiled = forRole?.compiled ?? null;
  const context = useMemo(() => ({ now, locale, user: { id: me.user.id, departmentId: me.user.departmentId } }), [now, locale, me]);
  const deleted = record.deletedAt !== undefined && record.deletedAt !== null;
  const archived = isArchived(form);
  // Missing (an older server) is no: a button that can only end in a 403 is worse than none.
  const changeable = !archived && record.canEdit === true;
  const fieldsById = useMemo(() => indexFields(published?.schema.fields ?? []), [published]);

  const saved = (next: RecordView, sentForApproval = false): void => {
    setRecord(next);
    setEditing(false);
    setConflict(null);
    reason.reset();
    setNotice(sentForApproval ? changeTranslator(locale)('sentForApproval') : t('saved'));
    setHistoryRound((r) => r + 1);
  };
  const save = async (values: RecordData, version: number): Promise<SubmitOutcome> => {
    // An empty message: the reason field shows the error, the form's footer stays quiet.
    if (!reason.check()) return { kind: 'rejected', message: '' };
    try {
      const patch = toRecordPatch(record.data, values, fieldsById);
      // A 202 answers the proposal a change flow now holds, not the record: read it again with its pending change.
      const answer: RecordView | ProposedRecordChange = await api.updateRecord(record.id, forRole ? forRole.writable(patch) : patch, version, reason.value);
      if (isProposedChange(answer)) saved(await api.record(record.id).catch(() => answer.record), true);
      else saved(answer);
      return { kind: 'accepted', recordId: record.id };
    } catch (error) {
      // Another change waits for approval: no stale copy to compare, the server's message says whose.
      if (error instanceof ApiError && error.code === 'change_pending') return { kind: 'rejected', message: error.message };
      if (error instanceof ApiError && (error.status === 409 || error.status === 412)) {
        // Stale: keep the user's values in the form and show what changed underneath.
        const theirs = await api.record(record.id).catch(() => null);
        if (theirs) setConflict({ theirs, mine: values });
        return { kind: 'rejected', message: t('staleTitle') };
      }
      if (reason.claim(error)) return { kind: 'rejected', message: '' };
      return toSubmitOutcome(Promise.reject(error));
    }
  };
  const startEditing = (): void => {
    reason.reset();
    setNotice(null);
    setEditing(true);
  };
  const stopEditing = (): void => {
    reason.reset();
    setEditing(false);
    setConflict(null);
  };
  const ask = (kind: 'delete' | 'restore'): void => {
    reason.reset();
    setNotice(null);
    setPending(kind);
  };
  // Back to the record's own action button: Delete, or Restore once it is deleted.
  const closePanel = (next?: RecordView): void => {
    flushSync(() => {
      if (next) setRecord(next);
      setPending(null);
      reason.reset();
    });
    (deleteButton.current ?? restoreButton.current)?.focus();
  };
  const removeRecord = async (): Promise<RecordView> => {
    await api.deleteRecord(record.id, reason.value);
    // The answer is empty: read the record back for its deletion time (gone from view: mark it).
    return api.record(record.id).catch(() => ({ ...record, deletedAt: new Date(now()).toISOString() }));
  };
  const confirmPending = async (): Promise<void> => {
    if (busy || pending === null || !reason.check()) return;
    setBusy(true);
    setNotice(null);
    try {
      closePanel(pending === 'delete' ? await removeRecord() : await api.restoreRecord(record.id, reason.value));
      setHistoryRound((r) => r + 1);
    } catch (error) {
      if (!reason.claim(error)) setNotice(error instanceof ApiError ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="app-page app-page--form">
      <div className="app-card">
        <div className="app-record__header">
          <h1>{form.title}</h1>
          <div className="app-actions">
            {changeable && !deleted && !editing && pending === null && (
              <button type="button" className="fw-button fw-button--primary" onClick={startEditing}>
                {t('edit')}
              </button>
            )}
            {editing && (
              <button type="button" className="fw-button" onClick={stopEditing}>
                {t('cancel')}
              </button>
            )}
            {changeable && !deleted && !editing && pending === null && (
              <button ref={deleteButton} type="button" className="fw-button fw-button--danger" onClick={() => ask('delete')}>
                {t('delete')}
              </button>
            )}
            {changeable && deleted && pending === null && (
              <button ref={restoreButton} type="button" className="fw-button" onClick={() => ask('restore')}>
                {t('restore')}
              </button>
            )}
            {!editing && (
              // The print stylesheet (app.css) leaves the record as filled: no header, buttons or history.
              <button type="button" className="fw-button" onClick={() => window.print()}>
                {t('print')}
              </button>
            )}
            <Link className="fw-button" href={routePath({ page: 'data', formId: form.id })}>
              {t('viewData')}
            </Link>
          </div>
        </div>
        {archived && <ArchivedFormNotice />}
        {deleted && <p className="app-warning" role="status">{t('deleted')}</p>}
        {notice !== null && <p role="status" className="app-muted">{notice}</p>}
        {record.pendingChange && <PendingChangeNotice change={record.pendingChange} fieldsById={fieldsById} />}
        {pending !== null && (
          <ConfirmChangePanel
            title={t(pending === 'delete' ? 'deleteTitle' : 'restoreTitle')}
            question={t(pending === 'delete' ? 'confirmDelete' : 'confirmRestore')}
            confirmLabel={t(pending === 'delete' ? 'confirmDeleteButton' : 'confirmRestoreButton')}
            danger={pending === 'delete'}
            busy={busy}
            reason={reason}
            onConfirm={() => void confirmPending()}
            onCancel={() => closePanel()}
          />
        )}
        {conflict && (
          <StaleEditNotice
            theirs={conflict.theirs}
            mine={conflict.mine}
            fieldsById={fieldsById}
            onOverwrite={() => void save(conflict.mine, conflict.theirs.version)}
            onDiscard={() => {
              setRecord(conflict.theirs);
              stopEditing();
            }}
          />
        )}
        {compiled && (
          <FormRenderer
            key={`${record.version}:${editing ? 'edit' : 'view'}:${locale}`}
            compiled={compiled}
            initialValues={record.data}
            context={context}
            services={services}
            readOnly={!editing}
            submitLabel={t('save')}
            // Not a field of the form (it goes to the history): the renderer shows it just before Save.
            beforeSubmit={
              <ChangeReasonField
                id={reasonId}
                value={reason.value}
                required={reason.required}
                error={reason.error}
                textareaRef={reason.textareaRef}
                onChange={reason.change}
              />
            }
            {...(editing ? { onSubmit: (values: RecordData) => save(values, record.version) } : {})}
          />
        )}
      </div>
      <Suspense fallback={null}>
        <RecordFlow key={historyRound} recordId={record.id} formId={form.id} />
      </Suspense>
      <RecordHistory recordId={record.id} round={historyRound} fieldsById={fieldsById} />
    </main>
  );
}

function indexFields(fields: readonly FieldDefinition[]): ReadonlyMap<string, FieldDefinition> {
  const map = new Map<string, FieldDefinition>();
  const walk = (list: readonly FieldDefinition[]): void => {
    for (const field of list) {
      map.set(field.id, field);
      if (field.type === 'section' || field.type === 'subform') walk(field.fields);
    }
  };
  walk(fields);
  return map;
}
