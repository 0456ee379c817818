import { useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { FileField, FileRef, FormSession } from '../../engine/index.js';
import { FormRenderer } from '../../react/index.js';
import { SignaturePad } from '../../react/fields/SignaturePad.js';
import { ApiError } from '../api/ApiError.js';
import type { DirectoryEntry, FormView } from '../api/ApiViews.js';
import { changeOfTask } from '../api/ChangeViews.js';
import { createFormServices } from '../api/createFormServices.js';
import type { ApproverPosition, FlowTimeline, OpenedTaskView, TaskAction } from '../api/TaskViews.js';
import { ChangeDiffTable } from '../changes/ChangeDiffTable.js';
import { Link } from '../routing/Link.js';
import { routePath } from '../routing/parseRoute.js';
import { useAppSession } from '../shell/AppSession.js';
import { tasksChangedEvent } from '../shell/InboxLink.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';
import { FlowSteps } from './FlowSteps.js';
import { editedValues, schemaAtNode } from './schemaAtNode.js';
import { actionsWithData, actionsWithPerson, actionsWithSignature, emptyDraft, taskActionRequest, type TaskActionDraft } from './taskActionRequest.js';
import { useTaskText } from './taskMessages.js';
import './tasks.css';

const approverPositions: readonly ApproverPosition[] = ['before', 'after', 'parallel'];
const knownActions: readonly TaskAction[] = ['approve', 'submit', 'reject', 'return', 'transfer', 'add-approver'];

/** The action panel: closed, or a draft being written or sent (with the last refusal, if any). */
type Panel = { readonly status: 'closed' } | { readonly status: 'composing' | 'sending'; readonly draft: TaskActionDraft; readonly error: string | null };

interface Loaded {
  readonly opened: OpenedTaskView;
  readonly form: FormView;
  readonly timeline: FlowTimeline | null;
  readonly people: readonly DirectoryEntry[];
}

/**
 * `/tasks/:id`: the task's record as its node may see it (hidden fields absent, read-only ones
 * locked, editable ones open when an action sends them) and the actions the node offers, each
 * with a comment and, for approve and reject, an optional handwritten signature. After an action
 * the task is read again; a 409 (someone acted first) says so and shows the task as it is now.
 */
export default function TaskScreen({ taskId }: { readonly taskId: string }) {
  const { api } = useAppSession();
  const { tt } = useTaskText();
  const [notice, setNotice] = useState<{ readonly text: string; readonly warning: boolean } | null>(null);
  const flowHeadingId = useId();
  const state = useAsync<Loaded>(async () => {
    const opened = await api.task(taskId);
    const [form, timeline, people] = await Promise.all([
      api.form(opened.record.formId),
      api.flowTimeline(opened.record.id).catch(() => null),
      opened.actions.some((action) => actionsWithPerson.has(action as TaskAction)) ? api.users().catch(() => []) : Promise.resolve([]),
    ]);
    return { opened, form, timeline, people };
  }, taskId);
  if (state.status === 'loading') return <main className="app-page" aria-busy="true">…</main>;
  if (state.status === 'error' && notice !== null && !notice.warning) {
    // Acted, and the task no longer opens: it waits for approvers added before me (404), or moved on.
    return (
      <main className="app-page">
        <p role="status" className="app-success">
          {notice.text}
        </p>
        <Link className="fw-button" href={routePath({ page: 'tasks' })}>
          {tt('backToInbox')}
        </Link>
      </main>
    );
  }
  if (state.status === 'error') return <main className="app-page"><LoadFailure error={state.error} onRetry={state.reload} /></main>;
  const { opened, form, timeline } = state.value;
  const change = changeOfTask(opened);
  return (
    <main className="app-page app-page--form">
      <div className="app-card">
        <div className="app-record__header">
          <h1>{form.title}</h1>
          <div className="app-actions">
            <Link className="fw-button" href={routePath({ page: 'tasks' })}>
              {tt('backToInbox')}
            </Link>
            <Link className="fw-button" href={routePath({ page: 'record', recordId: opened.record.id })}>
              {tt('viewRecord')}
            </Link>
          </div>
        </div>
        <p className="app-muted">{tt('nodeHeading', { node: opened.node.name })}</p>
        {change !== null && <ChangeDiffTable change={change} fieldsById={new Map((form.published?.schema.fields ?? []).map((field) => [field.id, field]))} />}
        {notice && (
          <p role={notice.warning ? 'alert' : 'status'} className={notice.warning ? 'app-warning' : 'app-success'}>
            {notice.text}
          </p>
        )}
        <TaskBody
          // A fresh body (form values, open panel) for each reading of the task.
          key={`${opened.task.state}:${opened.record.version}:${opened.actions.join(',')}`}
          loaded={state.value}
          onDone={(text) => {
            setNotice({ text, warning: false });
            window.dispatchEvent(new Event(tasksChangedEvent));
            state.reload();
          }}
          onConflict={() => {
            setNotice({ text: tt('conflict'), warning: true });
            window.dispatchEvent(new Event(tasksChangedEvent));
            state.reload();
          }}
        />
      </div>
      {timeline !== null && timeline.items.length > 0 && (
        // Why the record is here: a returned record's initiator reads the returner's comment.
        <section className="app-card app-flow" aria-labelledby={flowHeadingId}>
          <h2 id={flowHeadingId}>{tt('flowTitle')}</h2>
          <FlowSteps items={timeline.items} />
        </section>
      )}
    </main>
  );
}

function TaskBody({ loaded, onDone, onConflict }: { readonly loaded: Loaded; readonly onDone: (text: string) => void; readonly onConflict: () => void }) {
  const { api, compile, me, now } = useAppSession();
  const { locale, tt } = useTaskText();
  const { opened, form, timeline, people } = loaded;
  const actions = knownActions.filter((action) => opened.actions.includes(action));
  const sendsData = actions.some((action) => actionsWithData.has(action)) && opened.record.editable.length > 0;
  const published = form.published;
  const compiled = useMemo(
    () => (published ? compile(schemaAtNode(published.schema, opened.record), `${form.id}@${published.version}:node:${opened.node.id}`) : null),
    [compile, form.id, published, opened.record, opened.node.id],
  );
  const services = useMemo(() => createFormServices(api, form.id), [api, form.id]);
  // The signature is no field of the form: uploaded without the form's field limits (the server checks it is your image).
  const signatureServices = useMemo(() => createFormServices(api), [api]);
  const context = useMemo(() => ({ now, locale, user: { id: me.user.id, departmentId: me.user.departmentId } }), [now, locale, me]);
  const session = useRef<FormSession | null>(null);
  const [panel, setPanel] = useState<Panel>({ status: 'closed' });
  // The signature pad's value (a FileRef list); its file id goes into the draft.
  const [signature, setSignature] = useState<unknown>(undefined);
  const ids = { comment: useId(), target: useId(), person: useId(), position: useId(), signature: useId(), signatureLabel: useId() };
  // The nodes the record went through before this one: where it may be returned to.
  const returnTargets = useMemo(() => {
    const seen = new Map<string, string>();
    for (const item of timeline?.items ?? []) {
      if (item.nodeId !== null && item.nodeId !== opened.node.id && !seen.has(item.nodeId)) seen.set(item.nodeId, item.nodeName ?? item.nodeId);
    }
    return [...seen.entries()];
  }, [timeline, opened.node.id]);

  const actionGroup = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  // Opening a panel takes the focus to its first control; closing it gives it back to its button.
  const open = (action: TaskAction): void => {
    flushSync(() => {
      setSignature(undefined);
      setPanel({ status: 'composing', draft: emptyDraft(action), error: null });
    });
    panelRef.current?.querySelector<HTMLElement>('select, textarea')?.focus();
  };
  const close = (action: TaskAction): void => {
    flushSync(() => setPanel({ status: 'closed' }));
    actionGroup.current?.querySelector<HTMLElement>(`[data-action="${action}"]`)?.focus();
  };
  const edit = (change: Partial<TaskActionDraft>): void => {
    if (panel.status === 'composing') setPanel({ ...panel, draft: { ...panel.draft, ...change } });
  };
  const confirm = async (): Promise<void> => {
    if (panel.status !== 'composing') return;
    const signed = Array.isArray(signature) ? (signature as FileRef[])[0] : undefined;
    const draft = { ...panel.draft, signature: signed?.fileId ?? '' };
    const edits = sendsData ? editedValues(opened.record.data, session.current?.getValues() ?? {}, opened.record.editable) : {};
    const request = taskActionRequest(draft, edits);
    if ('missing' in request) return setPanel({ ...panel, error: tt(request.missing) });
    setPanel({ status: 'sending', draft, error: null });
    try {
      await api.actOnTask(opened.task.id, draft.action, request.body);
      onDone(tt('acted', { action: tt(`action_${draft.action}`) }));
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409) return onConflict();
      setPanel({ status: 'composing', draft, error: describeFailure(failure) });
    }
  };
  const pending = panel.status === 'closed' ? null : panel.draft.action;
  const draft = panel.status === 'closed' ? null : panel.draft;
  const busy = panel.status === 'sending';

  return (
    <>
      {compiled && (
        <FormRenderer
          compiled={compiled}
          initialValues={opened.record.data}
          context={context}
          services={services}
          readOnly={!sendsData}
          onSession={(next) => {
            session.current = next;
          }}
        />
      )}
      {actions.length === 0 && <p className="app-muted">{tt('taskClosed')}</p>}
      {actions.length > 0 && pending === null && (
        <div ref={actionGroup} role="group" aria-label={tt('actions')} className="app-task__actions">
          {actions.map((action) => (
            <button
              key={action}
              data-action={action}
              type="button"
              className={`fw-button${action === 'approve' || action === 'submit' ? ' fw-button--primary' : action === 'reject' ? ' fw-button--danger' : ''}`}
              onClick={() => open(action)}
            >
              {tt(`action_${action}`)}
            </button>
          ))}
        </div>
      )}
      {pending !== null && draft !== null && (
        <section ref={panelRef} className="app-task__panel" aria-label={tt(`action_${pending}`)}>
          <h2>{tt(`action_${pending}`)}</h2>
          {pending === 'return' && (
            <>
              <label htmlFor={ids.target}>{tt('returnTo')}</label>
              <select id={ids.target} value={draft.target} onChange={(event) => edit({ target: event.target.value })}>
                <option value="">{tt('returnPrevious')}</option>
                {returnTargets.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </select>
            </>
          )}
          {actionsWithPerson.has(pending) && (
            <>
              <label htmlFor={ids.person}>{tt('person')}</label>
              <select id={ids.person} value={draft.person} onChange={(event) => edit({ person: event.target.value })}>
                <option value="">{tt('pickPerson')}</option>
                {people
                  .filter((entry) => entry.id !== me.user.id)
                  .map((entry) => (
                    <option key={entry.id} value={entry.id}>
                      {entry.name}
                    </option>
                  ))}
              </select>
            </>
          )}
          {pending === 'add-approver' && (
            <>
              <label htmlFor={ids.position}>{tt('position')}</label>
              <select id={ids.position} value={draft.position} onChange={(event) => edit({ position: event.target.value as ApproverPosition })}>
                {approverPositions.map((position) => (
                  <option key={position} value={position}>
                    {tt(`position_${position}`)}
                  </option>
                ))}
              </select>
            </>
          )}
          <label htmlFor={ids.comment}>{tt('comment')}</label>
          <textarea id={ids.comment} rows={3} maxLength={2000} value={draft.comment} onChange={(event) => edit({ comment: event.target.value })} />
          {actionsWithSignature.has(pending) && (
            <div>
              <span id={ids.signatureLabel}>{tt('signature')}</span>
              <SignaturePad
                field={{ id: 'signature', type: 'signature', label: tt('signature') } as FileField}
                pointer="/signature"
                value={signature}
                onChange={setSignature}
                onBlur={() => undefined}
                inputId={ids.signature}
                labelId={ids.signatureLabel}
                describedBy={undefined}
                invalid={false}
                required={false}
                readOnly={false}
                locale={locale}
                services={signatureServices}
              />
            </div>
          )}
          {panel.status !== 'closed' && panel.error !== null && (
            <p role="alert" className="app-error">
              {panel.error}
            </p>
          )}
          <div className="app-actions">
            <button type="button" className="fw-button fw-button--primary" disabled={busy} onClick={() => void confirm()}>
              {tt('confirmAction', { action: tt(`action_${pending}`) })}
            </button>
            <button type="button" className="fw-button" disabled={busy} onClick={() => close(pending)}>
              {tt('cancel')}
            </button>
          </div>
        </section>
      )}
    </>
  );
}

/** The server's message (in the user's language, from Accept-Language) with each detail it gives. */
function describeFailure(failure: unknown): string {
  if (!(failure instanceof ApiError)) return String(failure);
  const details = failure.details.map((detail) => detail.message).filter((message) => message !== '' && message !== failure.message);
  return [failure.message, ...details].filter((text) => text !== '').join(' ');
}
