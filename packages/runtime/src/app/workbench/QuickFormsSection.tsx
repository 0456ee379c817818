import { Link } from '../routing/Link.js';
import { routePath } from '../routing/parseRoute.js';
import { AppBadge } from './AppBadge.js';
import type { QuickForm } from './planWorkbench.js';
import { useWorkbenchText } from './workbenchMessages.js';

/** Buttons to the forms the viewer fills most ("New 跟进记录"), each in its app's colours. */
export function QuickFormsSection({ forms }: { readonly forms: readonly QuickForm[] }) {
  const { wt } = useWorkbenchText();
  return (
    <section className="app-card app-workbench__section" aria-labelledby="workbench-quick">
      <h2 id="workbench-quick">{wt('quickHeading')}</h2>
      <ul className="app-workbench__quick">
        {forms.map(({ formId, title, app }) => (
          <li key={formId}>
            <Link className="fw-button app-workbench__quick-button" href={routePath({ page: 'fill', formId })} aria-label={wt('quickForm', { form: title })}>
              <AppBadge app={app} letter={false} />
              <span>{title}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
