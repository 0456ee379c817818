import { useId, useState } from 'react';
import { inboxBoxes, type InboxBox, type InboxItem } from '../api/TaskViews.js';
import { Link } from '../routing/Link.js';
import { routePath } from '../routing/parseRoute.js';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { isBatchApprovable } from './InboxController.js';
import { taskMessages, useTaskText } from './taskMessages.js';
import { useInbox } from './useInbox.js';
import { useInboxNames } from './useInboxNames.js';
import './tasks.css';

/**
 * `/tasks`: the four inbox boxes as tabs with their counts, a box's lines in cursor pages, a
 * form filter, and on My tasks a batch approve with one comment that reports each task it could
 * not approve. The box and form live in the query (`?box=&form=`); the state and its commands
 * are `InboxController`'s.
 */
export default function TasksScreen() {
  const { api } = useAppSession();
  const { locale, tt } = useTaskText();
  const { inbox, state } = useInbox(api);
  const { box, formId, counts, list, selected, batch } = state;
  const names = useInboxNames(api);
  const [comment, setComment] = useState('');
  const commentId = useId();
  const formFilterId = useId();
  const go = (next: { box?: InboxBox; form?: string }): void => {
    if (next.box !== undefined) void inbox.openBox(next.box);
    if (next.form !== undefined) void inbox.filterForm(next.form);
  };
  const formTitle = (id: string): string => names.forms.get(id) ?? id;
  // The server names the record (serial number, first text field or date); its id tells nobody anything.
  const recordLabel = (item: InboxItem): string => (item.title === '' ? formTitle(item.flow.formId) : item.title);
  const approveSelected = async (): Promise<void> => {
    await inbox.approveSelected(comment);
    setComment('');
  };

  const boxLabel = (b: InboxBox): string => tt(`box_${b}`);
  const formOptions = [...names.forms.entries()];
  const todoItems = list.status === 'ready' ? list.items.filter(isBatchApprovable) : [];
  return (
    <main className="app-page app-page--wide app-tasks">
      <h1>{tt('tasksTitle')}</h1>
      <div
        role="tablist"
        aria-label={tt('boxes')}
        className="app-tasks__tabs"
        // The tab pattern: arrows move between the boxes (and open them), Tab leaves the list.
        onKeyDown={(event) => {
          const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
          if (step === 0) return;
          event.preventDefault();
          const next = inboxBoxes[(inboxBoxes.indexOf(box) + step + inboxBoxes.length) % inboxBoxes.length] ?? box;
          go({ box: next });
          event.currentTarget.querySelector<HTMLElement>(`[data-box="${next}"]`)?.focus();
        }}
      >
        {inboxBoxes.map((b) => (
          <button
            key={b}
            type="button"
            role="tab"
            data-box={b}
            aria-selected={b === box}
            tabIndex={b === box ? 0 : -1}
            className="app-tasks__tab"
            onClick={() => go({ box: b })}
          >
            {counts ? tt('boxTab', { box: boxLabel(b), n: counts[b] }) : boxLabel(b)}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={boxLabel(box)}>
        <div className="app-toolbar">
          <label htmlFor={formFilterId}>{tt('filterForm')}</label>
          <select id={formFilterId} value={formId} onChange={(event) => go({ form: event.target.value })}>
            <option value="">{tt('allForms')}</option>
            {formOptions.map(([id, title]) => (
              <option key={id} value={id}>
                {title}
              </option>
            ))}
          </select>
        </div>
        {box === 'todo' && todoItems.length > 0 && (
          <div className="app-tasks__batch">
            <label htmlFor={commentId}>{tt('batchComment')}</label>
            <textarea id={commentId} rows={2} value={comment} maxLength={2000} onChange={(event) => setComment(event.target.value)} />
            <button type="button" className="fw-button fw-button--primary" disabled={batch.step === 'sending' || selected.size === 0} onClick={() => void approveSelected()}>
              {tt('batchApprove', { n: selected.size })}
            </button>
          </div>
        )}
        {batch.step === 'done' && (
          <div role="status" className="app-tasks__report">
            <p>{tt('batchDone', { ok: batch.approved })}</p>
            {batch.failures.length > 0 && (
              <div className="app-error">
                <p>{tt('batchFailures', { n: batch.failures.length })}</p>
                <ul>
                  {batch.failures.map((failure) => (
                    <li key={failure.item.task?.id}>{tt('batchFailed', { record: recordLabel(failure.item), message: failure.message })}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
        {list.status === 'loading' && <p aria-busy="true">…</p>}
        {list.status === 'error' && <LoadFailure error={list.error} onRetry={() => void inbox.load()} />}
        {list.status === 'ready' && list.items.length === 0 && <p className="app-empty">{tt('emptyBox')}</p>}
        {list.status === 'ready' && list.items.length > 0 && (
          <ul className="app-tasks__list">
            {list.items.map((item) => {
              const task = item.task;
              const label = recordLabel(item);
              const selectable = box === 'todo' && task !== null && isBatchApprovable(item);
              const href = task !== null && box !== 'cc' ? routePath({ page: 'task', taskId: task.id }) : routePath({ page: 'record', recordId: item.flow.recordId });
              const stateKey = `state_${item.flow.state}`;
              return (
                <li key={task?.id ?? item.flow.instanceId} className="app-tasks__item">
                  {selectable && (
                    <input
                      type="checkbox"
                      aria-label={tt('selectTask', { record: label })}
                      checked={selected.has(task.id)}
                      onChange={(event) => inbox.toggle(task.id, event.target.checked)}
                    />
                  )}
                  <div className="app-tasks__body">
                    <Link href={href} className="app-tasks__title">
                      {label}
                    </Link>
                    <dl className="app-tasks__facts">
                      <dt>{tt('colNode')}</dt>
                      <dd>{item.flow.nodes.map((node) => node.name).join('、') || '—'}</dd>
                      <dt>{tt('colInitiator')}</dt>
                      <dd>{names.users.get(item.flow.initiator) ?? item.flow.initiator}</dd>
                      <dt>{tt('colArrived')}</dt>
                      <dd>{formatTime(task?.openedAt ?? item.flow.startedAt, locale)}</dd>
                      <dt>{tt('colState')}</dt>
                      <dd>
                        {task?.kind === 'submit' && task.state === 'open'
                          ? tt('taskKind_submit')
                          : Object.hasOwn(taskMessages, stateKey)
                            ? tt(stateKey as keyof typeof taskMessages)
                            : item.flow.state}
                      </dd>
                    </dl>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {list.status === 'ready' && list.nextCursor !== null && (
          <button type="button" className="fw-button" disabled={list.loadingMore} onClick={() => void inbox.loadMore()}>
            {tt('loadMore')}
          </button>
        )}
      </div>
    </main>
  );
}

/** An ISO time as the user's locale writes it, to the minute. */
export function formatTime(iso: string, locale: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : time.toLocaleString(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}
