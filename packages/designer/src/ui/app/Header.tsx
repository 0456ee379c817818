import { locales, type Locale } from '@formwork/runtime';
import type { SessionUser } from '../../api/ApiTypes.js';
import { appMessages as m } from '../../i18n/appMessages.js';
import { languageNames } from '../../i18n/languageNames.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useFieldId } from '../properties/useFieldId.js';

/** The product name, the language switch and the signed-in user. */
export function Header({ user, onLocale, onSignOut }: { readonly user: SessionUser | null; readonly onLocale: (locale: Locale) => void; readonly onSignOut: () => void }) {
  const { t, locale } = useLocale();
  const languageId = useFieldId();
  return (
    <header className="fw-header">
      <h1>{t(m.productName)}</h1>
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
