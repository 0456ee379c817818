import { importRolesOf, restrictedFieldsOf } from '../../engine/index.js';
import { isArchived } from '../api/isArchived.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { ArchivedFormNotice } from '../records/ArchivedFormNotice.js';
import { RecordTable } from '../records/RecordTable.js';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';

/**
 * `/forms/:id/data`: every record of a form the user may see (the server applies the row scope).
 * An archived form's records (admins only) are listed and exported, never imported; Import is
 * offered to the roles the form lets import (`settings.access.import`, default managers and admins).
 */
export function DataListPage({ formId }: { readonly formId: string }) {
  const { api, me, compile } = useAppSession();
  const { t } = useLocale();
  const form = useAsync(() => api.form(formId), formId);
  if (form.status === 'loading') return <main className="app-page" aria-busy="true">{t('loading')}</main>;
  if (form.status === 'error') return <main className="app-page"><LoadFailure error={form.error} onRetry={form.reload} /></main>;
  const published = form.value.published;
  const archived = isArchived(form.value);
  return (
    <main className="app-page app-page--wide">
      <h1>{t('dataTitle', { form: form.value.title })}</h1>
      {archived && <ArchivedFormNotice />}
      {published ? (
        <RecordTable
          key={formId}
          formId={formId}
          schema={published.schema}
          allowImport={!archived && importRolesOf(published.schema).includes(me.user.role)}
          allowBatch={!archived}
          restricted={restrictedFieldsOf(compile(published.schema, `${formId}@${published.version}`), me.user.role)}
        />
      ) : (
        <p className="app-empty">{t('formNotPublished')}</p>
      )}
    </main>
  );
}
