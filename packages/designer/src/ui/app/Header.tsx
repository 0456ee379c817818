import { locales, type Locale } from '@formwork/runtime';
import type { SessionUser } from '../../api/ApiTypes.js';
import { appMessages as m } from '../../i18n/appMessages.js';
import { languageNames } from '../../i18n/languageNames.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { orgMessages } from '../../i18n/orgMessages.js';
import { useFieldId } from '../properties/useFieldId.js';

export interface HeaderProps {
  readonly user: SessionUser | null;
  /** Which part of the designer is open, marked in the navigation. */
  readonly area?: 'apps' | 'org';
  readonly onLocale: (locale: Locale) => void;
  readonly onSignOut: () => void;
}

/** The product name, the navigation (admins: apps, organisation), the language switch and the signed-in user. */
export function Header({ user, area, onLocale, onSignOut }: HeaderProps) {
  const { t, locale } = useLocale();
  const languageId = useFieldId();
  return (
    <header className="fw-header">
      <h1>{t(m.productName)}</h1>
      {user?.role === 'admin' ? (
        <nav aria-label={t(orgMessages.navigation)} className="fw-header-nav">
          <a href="#/apps" aria-current={area === 'apps' ? 'page' : undefined}>
            {t(m.apps)}
          </a>
          <a href="#/org" aria-current={area === 'org' ? 'page' : undefined}>
            {t(orgMessages.organisation)}
          </a>
        </nav>
      ) : null}
      <label htmlFor={languageId}>{t(m.language)}</label>
      <select id={languageId} value={locale} onChange={(event) => onLocale(event.target.value as Locale)}>
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageNames[code]}
          </option>
        ))}
      </select>
      {user ? (
        <>
          <span className="fw-header-user">{t(m.signedInAs, { name: user.name || user.username })}</span>
          <button type="button" className="fw-btn-text" onClick={onSignOut}>
            {t(m.signOut)}
          </button>
        </>
      ) : null}
    </header>
  );
}
