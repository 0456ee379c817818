import { useLocale } from '../i18n/LocaleContext.js';

/** What a lazily loaded page shows while its chunk arrives (the `Suspense` fallback of the page wrappers). */
export function PageLoading() {
  const { t } = useLocale();
  return (
    <main className="app-page" aria-busy="true">
      {t('loading')}
    </main>
  );
}
