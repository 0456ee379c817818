import { Link } from '../routing/Link.js';
import { routePath } from '../routing/parseRoute.js';
import type { WorkbenchPlan } from './planWorkbench.js';
import { useWorkbenchText } from './workbenchMessages.js';

/** The viewer's newest records over every app, each opening the record. */
export function RecentSection({ recent }: { readonly recent: WorkbenchPlan['recent'] }) {
  const { wt, locale } = useWorkbenchText();
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="app-card app-workbench__section" aria-labelledby="workbench-recent">
      <h2 id="workbench-recent">{wt('recentHeading')}</h2>
      <ul className="app-workbench__list">
        {recent.map((record) => (
          <li key={record.id} className="app-workbench__record">
            <Link href={routePath({ page: 'record', recordId: record.id })}>{`${record.formTitle} ${record.title}`}</Link>
            <time className="app-muted" dateTime={record.createdAt}>
              {when.format(new Date(record.createdAt))}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
