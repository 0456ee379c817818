import type { Locale } from '@formwork/runtime';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { SessionUser } from '../../api/ApiTypes.js';
import type { ApiClient } from '../../api/createApiClient.js';
import { appMessages as m } from '../../i18n/appMessages.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import type { DraftStorage } from '../../persistence/draftStorage.js';
import { AppListPage } from './AppListPage.js';
import { FormEditorPage } from './FormEditorPage.js';
import { FormListPage } from './FormListPage.js';
import { Header } from './Header.js';
import { LoginPage } from './LoginPage.js';
import { SkipLink } from './SkipLink.js';
import { OrgPage } from '../org/OrgPage.js';
import { ScoringEditorPage } from '../scoring/ScoringEditorPage.js';
import { TemplateGalleryPage } from '../templates/TemplateGalleryPage.js';
import { orgMessages } from '../../i18n/orgMessages.js';
import { useHashRoute } from './useHashRoute.js';

// The dashboard designer is loaded when a dashboard is opened: the forms designer does not pay for it.
const DashboardEditorPage = lazy(() => import('../dashboard/DashboardEditorPage.js').then((module) => ({ default: module.DashboardEditorPage })));

export interface AppProps {
  readonly api: ApiClient;
  readonly drafts: DraftStorage;
  readonly initialLocale: Locale;
}

/** The designer web app: sign-in, apps, forms and the form editor, in zh-CN or en. */
export function App({ api, drafts, initialLocale }: AppProps) {
  const [locale, setLocale] = useState(initialLocale);
  const tools = useMemo(() => localeTools(locale), [locale]);
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [route, go] = useHashRoute();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  useEffect(() => {
    api.me().then(setUser, () => setUser(null));
  }, [api]);
  const signOut = async (): Promise<void> => {
    await api.logout().catch(() => undefined);
    setUser(null);
  };
  const changeLocale = (next: Locale): void => {
    setLocale(next);
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    window.history.replaceState(null, '', url);
  };
  let page;
  if (user === undefined) page = <p>{tools.t(m.loading)}</p>;
  else if (user === null) page = <LoginPage api={api} onSignedIn={setUser} />;
  else if (route.page === 'apps') page = <AppListPage api={api} go={go} />;
  else if (route.page === 'app') page = <FormListPage key={route.appId} api={api} appId={route.appId} go={go} />;
  else if (route.page === 'form') page = <FormEditorPage key={route.formId} api={api} appId={route.appId} formId={route.formId} drafts={drafts} />;
  else if (route.page === 'scoring') page = <ScoringEditorPage key={route.scoringId} api={api} appId={route.appId} scoringId={route.scoringId} />;
  else if (route.page === 'dashboard')
    page = (
      <Suspense fallback={<p>{tools.t(m.loading)}</p>}>
        <DashboardEditorPage key={route.dashboardId} api={api} appId={route.appId} dashboardId={route.dashboardId} />
      </Suspense>
    );
  else if (route.page === 'templates') page = <TemplateGalleryPage api={api} />;
  else if (route.page === 'org') page = user.role === 'admin' ? <OrgPage api={api} /> : <p>{tools.t(orgMessages.adminsOnly)}</p>;
  else page = <p>{tools.t(m.notFound)}</p>;
  return (
    <LocaleContext.Provider value={tools}>
      <SkipLink target="fw-main">{tools.t(m.skipToContent)}</SkipLink>
      {user && route.page === 'form' ? <SkipLink target="fw-canvas">{tools.t(m.skipToCanvas)}</SkipLink> : null}
      <Header user={user ?? null} area={route.page === 'org' ? 'org' : 'apps'} onLocale={changeLocale} onSignOut={() => void signOut()} />
      {/* The one main landmark of every page; the editor's panes are regions inside it. */}
      <main id="fw-main" className="fw-page" tabIndex={-1}>
        {page}
      </main>
    </LocaleContext.Provider>
  );
}
