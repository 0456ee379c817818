import { useEffect, useId, useState } from 'react';
import { ApiError } from '../api/ApiError.js';
import { inboxBoxes, type InboxBox, type InboxCounts, type InboxItem } from '../api/TaskViews.js';
import { Link } from '../routing/Link.js';
import { routePath } from '../routing/parseRoute.js';
import { navigate, useLocation } from '../routing/useLocation.js';
import { useAppSession } from '../shell/AppSession.js';
import { tasksChangedEvent } from '../shell/InboxLink.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { taskMessages, useTaskText } from './taskMessages.js';
import { useInboxNames } from './useInboxNames.js';
import './tasks.css';

type List =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly items: readonly InboxItem[]; readonly nextCursor: string | null; readonly more: boolean };

interface BatchReport {
  readonly ok: number;
  readonly failures: readonly { readonly taskId: string; readonly label: string; readonly message: string }[];
}

const isBox = (value: string | null): value is InboxBox => value !== null && (inboxBoxes as readonly string[]).includes(value);

/**
 * `/tasks`: the four inbox boxes as tabs with their counts, a box's lines in cursor pages, a
 * form filter, and on My tasks a batch approve with one comment that reports each task it could
 * not approve. The box and form live in the query (`?box=&form=`).
 */
export default function TasksScreen() {
  const { api } = useAppSession();
  const { locale, tt } = useTaskText();
  const location = useLocation();
  const boxParam = location.searchParams.get('box');
  const box: InboxBox = isBox(boxParam) ? boxParam : 'todo';
  const formId = location.searchParams.get('form') ?? '';
  const names = useInboxNames(api);
  const [counts, setCounts] = useState<InboxCounts | null>(null);
  const [list, setList] = useState<List>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<BatchReport | null>(null);
  const commentId = useId();
  const formFilterId = useId();

  useEffect(() => {
    let current = true;
    api.taskCounts().then(
      (next) => current && setCounts(next),
      () => current && setCounts(null),
    );
    setList({ status: 'loading' });
    setSelected(new Set());
    api.tasks(box, { formId: formId === '' ? undefined : formId }).then(
      (page) => current && setList({ status: 'ready', items: page.items, nextCursor: page.nextCursor, more: false }),
      (error: unknown) => current && setList({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [api, box, formId, round]);

  const go = (next: { box?: InboxBox; form?: string }): void => {
    const params = new URLSearchParams();
    const nextBox = next.box ?? box;
    const nextForm = next.form ?? formId;
    if (nextBox !== 'todo') params.set('box', nextBox);
    if (nextForm !== '') params.set('form', nextForm);
    const query = params.toString();
    setReport(null);
    navigate(query === '' ? '/tasks' : `/tasks?${query}`, { replace: true });
  };
  const loadMore = async (): Promise<void> => {
    if (list.status !== 'ready' || list.nextCursor === null) return;
    setList({ ...list, more: true });
    try {
      const page = await api.tasks(box, { formId: formId === '' ? undefined : formId, cursor: list.nextCursor });
      setList({ status: 'ready', items: [...list.items, ...page.items], nextCursor: page.nextCursor, more: false });
    } catch (error) {
      setList({ status: 'error', error });
    }
  };
  const formTitle = (id: string): string => names.forms.get(id) ?? id;
  const recordLabel = (item: InboxItem): string => `${formTitle(item.flow.formId)} · ${item.flow.recordId}`;
  const approveSelected = async (): Promise<void> => {
    if (busy || list.status !== 'ready' || selected.size === 0) return;
    setBusy(true);
    setReport(null);
    const chosen = list.items.filter((item) => item.task !== null && selected.has(item.task.id));
    // One request per task: each succeeds or fails on its own, and the report says which failed.
    const results = await Promise.all(
      chosen.map(async (item) => {
        const taskId = item.task?.id ?? '';
        try {
          await api.actOnTask(taskId, 'approve', comment.trim() === '' ? {} : { comment: comment.trim() });
          return null;
        } catch (error) {
          return { taskId, label: recordLabel(item), message: error instanceof ApiError && error.message !== '' ? error.message : String(error) };
        }
      }),
    );
    const failures = results.filter((result) => result !== null);
    setReport({ ok: results.length - failures.length, failures });
    setComment('');
    setBusy(false);
    window.dispatchEvent(new Event(tasksChangedEvent));
    setRound((r) => r + 1);
  };

  const boxLabel = (b: InboxBox): string => tt(`box_${b}`);
  const formOptions = [...names.forms.entries()];
  const todoItems = list.status === 'ready' ? list.items.filter((item) => item.task?.state === 'open' && item.task.kind === 'approve') : [];
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
            <button type="button" className="fw-button fw-button--primary" disabled={busy || selected.size === 0} onClick={() => void approveSelected()}>
              {tt('batchApprove', { n: selected.size })}
            </button>
          </div>
        )}
        {report && (
          <div role="status" className="app-tasks__report">
            <p>{tt('batchDone', { ok: report.ok })}</p>
            {report.failures.length > 0 && (
              <div className="app-error">
                <p>{tt('batchFailures', { n: report.failures.length })}</p>
                <ul>
                  {report.failures.map((failure) => (
                    <li key={failure.taskId}>{tt('batchFailed', { record: failure.label, message: failure.message })}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
        {list.status === 'loading' && <p aria-busy="true">…</p>}
        {list.status === 'error' && <LoadFailure error={list.error} onRetry={() => setRound((r) => r + 1)} />}
        {list.status === 'ready' && list.items.length === 0 && <p className="app-empty">{tt('emptyBox')}</p>}
        {list.status === 'ready' && list.items.length > 0 && (
          <ul className="app-tasks__list">
            {list.items.map((item) => {
              const task = item.task;
              const label = recordLabel(item);
              const selectable = box === 'todo' && task !== null && task.state === 'open' && task.kind === 'approve';
              const href = task !== null && box !== 'cc' ? routePath({ page: 'task', taskId: task.id }) : routePath({ page: 'record', recordId: item.flow.recordId });
              const stateKey = `state_${item.flow.state}`;
              return (
                <li key={task?.id ?? item.flow.instanceId} className="app-tasks__item">
                  {selectable && (
                    <input
                      type="checkbox"
                      aria-label={tt('selectTask', { record: label })}
                      checked={selected.has(task.id)}
                      onChange={(event) => {
                        const next = new Set(selected);
                        if (event.target.checked) next.add(task.id);
                        else next.delete(task.id);
                        setSelected(next);
                      }}
                    />
                  )}
                  <div className="app-tasks__body">
                    <Link href={href} aria-label={tt('openTask', { record: label })} className="app-tasks__title">
                      {formTitle(item.flow.formId)}
                    </Link>
                    <span className="app-muted"> · {item.flow.recordId}</span>
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
          <button type="button" className="fw-button" disabled={list.more} onClick={() => void loadMore()}>
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
