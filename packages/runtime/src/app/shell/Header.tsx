import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { locales, type Locale } from '../../engine/index.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { Link } from '../routing/Link.js';

const languageNames: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

/**
 * The top bar: the app's name, navigation, the language switch, and who is signed in (public
 * forms: the name and the language only).
 *
 * On a phone it is one line: the navigation, and a menu button that opens the language, the
 * user's name and "Log out" below it. (The name is left out there: "Home" goes to the same place.)
 * On wider screens the menu button is not shown and its contents stand in the bar.
 */
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
  const signedIn = userName !== null;
  const tools = (
    <>
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
      {signedIn && <span className="app-header__user">{userName}</span>}
      {onLogout && (
        <button type="button" className="app-link-button" onClick={onLogout}>
          {t('logout')}
        </button>
      )}
    </>
  );
  return (
    <header className={signedIn ? 'app-header app-header--signed-in' : 'app-header'}>
      {brandLink ? (
        <Link href="/" className="app-header__brand">
          {t('appName')}
        </Link>
      ) : (
        // A public form's visitors have nowhere else to go here: the name is not a link.
        <span className="app-header__brand">{t('appName')}</span>
      )}
      {signedIn && (
        <nav className="app-header__nav" aria-label={t('mainNav')}>
          <Link href="/">{t('navHome')}</Link>
          <Link href="/data/mine">{t('navMyData')}</Link>
          {inbox}
        </nav>
      )}
      {signedIn ? <AccountMenu label={t('accountMenu')}>{tools}</AccountMenu> : <div className="app-header__tools">{tools}</div>}
    </header>
  );
}

/**
 * The signed-in tools behind a disclosure button on a phone (CSS shows the button only there).
 * Escape, or a press outside, closes it; Escape gives the focus back to the button.
 */
function AccountMenu({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);
  return (
    <div
      ref={root}
      className="app-header__account"
      data-open={open}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button ref={button} type="button" className="app-header__menu-button" aria-expanded={open} aria-controls={panelId} aria-label={label} title={label} onClick={() => setOpen(!open)}>
        <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 18 18">
          <circle cx="9" cy="6" r="3.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M2.8 16c.6-3.2 3.1-5 6.2-5s5.6 1.8 6.2 5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
      </button>
      <div id={panelId} className="app-header__tools">
        {children}
      </div>
    </div>
  );
}
