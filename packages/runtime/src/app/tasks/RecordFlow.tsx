import { useRef, useState } from 'react';
import { ApiError } from '../api/ApiError.js';
import type { FlowTimeline, TaskView } from '../api/TaskViews.js';
import { Link } from '../routing/Link.js';
import { routePath } from '../routing/parseRoute.js';
import { useAppSession } from '../shell/AppSession.js';
import { tasksChangedEvent } from '../shell/InboxLink.js';
import { useAsync } from '../shell/useAsync.js';
import { FlowSteps } from './FlowSteps.js';
import { isTaskMessageKey, useTaskText } from './taskMessages.js';

/**
 * The record page's approval part (a lazily loaded chunk): where the record stands, the
 * timeline (node, person, action, comment, time), the initiator's Withdraw and Urge while the flow runs,
 * and a link to the viewer's own open task on it (a returned record's resubmit, or an approval).
 * A record outside any flow, or one whose flow the viewer may not read, shows nothing.
 */
export default function RecordFlow({ recordId, formId }: { readonly recordId: string; readonly formId: string }) {
  const { api, me } = useAppSession();
  const { tt } = useTaskText();
  const [notice, setNotice] = useState<{ readonly text: string; readonly warning: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const state = useAsync(async (): Promise<{ timeline: FlowTimeline; myTask: TaskView | null }> => {
    const timeline = await api.flowTimeline(recordId);
    const running = timeline.flow?.state === 'in_progress' && timeline.flow.assignees.includes(me.user.id);
    const todo = running ? await api.tasks('todo', { formId }).catch(() => null) : null;
    const myTask = todo?.items.find((item) => item.task?.recordId === recordId && item.task.state === 'open')?.task ?? null;
    return { timeline, myTask };
  }, recordId);
  // While it is read again (after a withdraw) the last reading stays on screen, with its notice.
  const last = useRef<{ timeline: FlowTimeline; myTask: TaskView | null } | null>(null);
  if (state.status === 'ready') last.current = state.value;
  if (last.current === null) return null;
  const { timeline, myTask } = last.current;
  const flow = timeline.flow;
  if (flow === null && timeline.items.length === 0) return null;
  const stateKey = flow ? `state_${flow.state}` : '';
  const stateText = flow ? (isTaskMessageKey(stateKey) ? tt(stateKey) : flow.state) : '';
  const nodes = flow?.nodes.map((node) => node.name).join('、') ?? '';

  const withdraw = async (): Promise<void> => {
    setBusy(true);
    setNotice(null);
    try {
      await api.withdrawRecord(recordId);
      setNotice({ text: tt('withdrawn'), warning: false });
      window.dispatchEvent(new Event(tasksChangedEvent));
      state.reload();
    } catch (error) {
      setNotice({ text: tt('withdrawFailed', { message: error instanceof ApiError ? error.message : String(error) }), warning: true });
      if (error instanceof ApiError && error.status === 409) state.reload();
    } finally {
      setBusy(false);
    }
  };

  // The server does not rate-limit urging, so the button stays: each press tells the holders again.
  const urge = async (): Promise<void> => {
    setBusy(true);
    setNotice(null);
    try {
      await api.urgeRecord(recordId);
      setNotice({ text: tt('urged'), warning: false });
      state.reload();
    } catch (error) {
      setNotice({ text: tt('urgeFailed', { message: error instanceof ApiError ? error.message : String(error) }), warning: true });
      if (error instanceof ApiError && error.status === 409) state.reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="app-card app-flow" aria-labelledby={`flow-${recordId}`}>
      <h2 id={`flow-${recordId}`}>{tt('flowTitle')}</h2>
      {flow && <p>{flow.state === 'in_progress' && nodes !== '' ? tt('flowAt', { state: stateText, nodes }) : tt('flowNow', { state: stateText })}</p>}
      {notice && (
        <p role={notice.warning ? 'alert' : 'status'} className={notice.warning ? 'app-error' : 'app-success'}>
          {notice.text}
        </p>
      )}
      <div className="app-actions">
        {myTask && (
          <Link className="fw-button fw-button--primary" href={routePath({ page: 'task', taskId: myTask.id })}>
            {tt(myTask.kind === 'submit' ? 'resubmitTask' : 'openMyTask')}
          </Link>
        )}
        {flow?.state === 'in_progress' && flow.initiator === me.user.id && (
          // Whether the workflow still allows it (never, or not once someone approved) is the server's call: a refusal is shown here.
          <button type="button" className="fw-button" disabled={busy} onClick={() => void withdraw()}>
            {tt('withdraw')}
          </button>
        )}
        {flow?.state === 'in_progress' && flow.initiator === me.user.id && flow.assignees.some((id) => id !== me.user.id) && (
          <button type="button" className="fw-button" disabled={busy} onClick={() => void urge()}>
            {tt('urge')}
          </button>
        )}
      </div>
      <FlowSteps items={timeline.items} />
    </section>
  );
}
