import type { ReactNode } from 'react';
import { locales, type Locale } from '../../engine/index.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { Link } from '../routing/Link.js';

const languageNames: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

/** The top bar: the app's name, navigation, the language switch, and who is signed in (public forms: the name and the language only). */
export function Header({
  userName,
  onLogout,
  brandLink = true,
  inbox = null,
}: {
  readonly userName: string | null;
  readonly onLogout: (() => void) | null;
  readonly brandLink?: boolean;
  /** The approval inbox's link (signed in only). */
  readonly inbox?: ReactNode;
}) {
  const { locale, setLocale, t } = useLocale();
  return (
    <header className="app-header">
      {brandLink ? (
        <Link href="/" className="app-header__brand">
          {t('appName')}
        </Link>
      ) : (
        // A public form's visitors have nowhere else to go here: the name is not a link.
        <span className="app-header__brand">{t('appName')}</span>
      )}
      {userName !== null && (
        <nav className="app-header__nav" aria-label={t('mainNav')}>
          <Link href="/">{t('navHome')}</Link>
          <Link href="/data/mine">{t('navMyData')}</Link>
          {inbox}
        </nav>
      )}
      <div className="app-header__tools">
        <label className="app-header__language">
          <span className="fw-visually-hidden">{t('language')}</span>
          <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)} aria-label={t('language')}>
            {locales.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageNames[l]}
              </option>
            ))}
          </select>
        </label>
        {userName !== null && <span className="app-header__user">{userName}</span>}
        {onLogout && (
          <button type="button" className="app-link-button" onClick={onLogout}>
            {t('logout')}
          </button>
        )}
      </div>
    </header>
  );
}
