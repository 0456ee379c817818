import { Link } from '../routing/Link.js';
import { routePath } from '../routing/parseRoute.js';
import type { WorkbenchPlan } from './planWorkbench.js';
import { useWorkbenchText } from './workbenchMessages.js';

/** The open tasks: how many, the newest few, the inbox. A manager's are approvals waiting. */
export function TodoSection({ plan }: { readonly plan: WorkbenchPlan }) {
  const { wt } = useWorkbenchText();
  const { todo, next } = plan.todo;
  return (
    <section className="app-card app-workbench__section" aria-labelledby="workbench-todo">
      <h2 id="workbench-todo">{wt(plan.approving ? 'approvalsHeading' : 'todoHeading')}</h2>
      <p className="app-workbench__figure">{todo === 0 ? wt('todoNone') : wt('todoCount', { n: todo })}</p>
      {next.length > 0 && (
        <ul className="app-workbench__list">
          {next.map((item) =>
            item.task ? (
              <li key={item.task.id}>
                <Link href={routePath({ page: 'task', taskId: item.task.id })}>{item.title}</Link>
              </li>
            ) : null,
          )}
        </ul>
      )}
      <Link className="fw-button" href={routePath({ page: 'tasks' })}>
        {wt('allTasks')}
      </Link>
    </section>
  );
}
