import type { TimelineEntry } from '../api/TaskViews.js';
import { isTaskMessageKey, useTaskText } from './taskMessages.js';
import { formatTime } from './TasksScreen.js';

/**
 * A flow's logged steps, oldest first: node, person, action and time, with the comment under
 * the step. The record page's timeline and the task page (where a returned record's initiator
 * reads why it came back) show the same list.
 */
export function FlowSteps({ items }: { readonly items: readonly TimelineEntry[] }) {
  const { locale, tt } = useTaskText();
  if (items.length === 0) return <p className="app-muted">{tt('flowEmpty')}</p>;
  return (
    <ol className="app-flow__list">
      {items.map((item) => {
        const actionKey = `log_${item.action}`;
        return (
          <li key={item.seq}>
            <strong>{item.nodeName ?? '—'}</strong> · {item.actorName ?? item.actor ?? tt('system')} · {isTaskMessageKey(actionKey) ? tt(actionKey) : item.action} ·{' '}
            <time dateTime={item.at}>{formatTime(item.at, locale)}</time>
            {item.comment !== null && item.comment !== '' && <p className="app-flow__comment">{item.comment}</p>}
          </li>
        );
      })}
    </ol>
  );
}
