import { restrictedFieldsOf } from '../../engine/index.js';
import type { FormSummaryView } from '../api/ApiViews.js';
import { isArchived } from '../api/isArchived.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { RecordTable } from '../records/RecordTable.js';
import { routePath } from '../routing/parseRoute.js';
import { navigate } from '../routing/useLocation.js';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';

/** The server's system field of a record's creator, for "created by me". */
export const creatorField = '_createdBy';

/** `/data/mine[/:formId]`: the records the user submitted, one form at a time. */
export function MyDataPage({ formId }: { readonly formId: string | null }) {
  const { api, me, compile } = useAppSession();
  const { t } = useLocale();
  const forms = useAsync(async () => {
    const apps = await api.apps();
    const lists = await Promise.all(apps.map((app) => api.forms(app.id)));
    // Archived forms (listed to admins only) are not offered, as on the home page.
    return lists.flat().filter((f: FormSummaryView) => f.publishedVersion !== null && !isArchived(f));
  }, 'myData');
  const chosen = forms.status === 'ready' ? (forms.value.find((f) => f.id === formId) ?? forms.value[0]) : undefined;
  const form = useAsync(() => (chosen ? api.form(chosen.id) : Promise.resolve(null)), chosen?.id ?? '');

  return (
    <main className="app-page app-page--wide">
      <h1>{t('myDataTitle')}</h1>
      {forms.status === 'loading' && <p aria-busy="true">{t('loading')}</p>}
      {forms.status === 'error' && <LoadFailure error={forms.error} onRetry={forms.reload} />}
      {forms.status === 'ready' && forms.value.length === 0 && <p className="app-empty">{t('myDataEmpty')}</p>}
      {forms.status === 'ready' && chosen && (
        <div className="app-field-inline">
          <label htmlFor="my-data-form">{t('myDataPick')}</label>
          <select id="my-data-form" className="fw-input" value={chosen.id} onChange={(e) => navigate(routePath({ page: 'myData', formId: e.target.value }))}>
            {forms.value.map((f) => (
              <option key={f.id} value={f.id}>
                {f.title}
              </option>
            ))}
          </select>
        </div>
      )}
      {form.status === 'error' && <LoadFailure error={form.error} onRetry={form.reload} />}
      {form.status === 'ready' && form.value?.published && (
        <RecordTable
          key={form.value.id}
          formId={form.value.id}
          schema={form.value.published.schema}
          baseFilter={{ field: creatorField, op: 'eq', value: me.user.id }}
          restricted={restrictedFieldsOf(compile(form.value.published.schema, `${form.value.id}@${form.value.published.version}`), me.user.role)}
        />
      )}
    </main>
  );
}
