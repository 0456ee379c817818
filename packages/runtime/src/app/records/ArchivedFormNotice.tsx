import { useLocale } from '../i18n/LocaleContext.js';

/**
 * Tells an admin that the form is archived: its records can be read and exported, not changed
 * (the server refuses with 409 `form_archived`), so the pages leave those actions out.
 */
export function ArchivedFormNotice() {
  const { t } = useLocale();
  return (
    <p className="app-warning" role="status">
      {t('formArchived')}
    </p>
  );
}
