import { useEffect, useMemo, useState } from 'react';
import type { CompiledForm, FormSchema, Locale } from '../engine/index.js';
import type { DraftStorage } from '../react/index.js';
import { ApiError } from './api/ApiError.js';
import type { MeView } from './api/ApiViews.js';
import type { FormworkApi } from './api/FormworkApi.js';
import { LocaleContext, translator } from './i18n/LocaleContext.js';
import { DashboardPage } from './pages/DashboardPage.js';
import { DataListPage } from './pages/DataListPage.js';
import { FillPage } from './pages/FillPage.js';
import { HomePage } from './pages/HomePage.js';
import { LoginPage } from './pages/LoginPage.js';
import { MyDataPage } from './pages/MyDataPage.js';
import { PerformancePage, TargetsPage } from './pages/PerformancePage.js';
import { PublicFormPage } from './pages/PublicFormPage.js';
import { RecordPage } from './pages/RecordPage.js';
import { NotificationsPage, TaskPage, TasksPage } from './pages/TasksPage.js';
import { parseRoute, type Route } from './routing/parseRoute.js';
import { useLocation } from './routing/useLocation.js';
import { AppSessionContext, type AppSession } from './shell/AppSession.js';
import { Header } from './shell/Header.js';
import { InboxLink } from './shell/InboxLink.js';
import { usePageHeading } from './routing/usePageHeading.js';
import { LoadFailure } from './shell/LoadFailure.js';

export interface AppProps {
  readonly api: FormworkApi;
  readonly compile: (schema: FormSchema, cacheKey: string) => CompiledForm;
  readonly draftStorage: DraftStorage;
  readonly now: () => number;
  readonly initialLocale: Locale;
  /** Remembers a language chosen in the header (localStorage in the browser). */
  readonly onLocaleChange?: (locale: Locale) => void;
}

type SignIn = { readonly status: 'checking' } | { readonly status: 'signedOut' } | { readonly status: 'signedIn'; readonly me: MeView } | { readonly status: 'error'; readonly error: unknown };

/** The end-user app: sign-in, then the page the address names. */
export function App({ api, compile, draftStorage, now, initialLocale, onLocaleChange }: AppProps) {
  const [locale, setLocaleState] = useState(initialLocale);
  const [signIn, setSignIn] = useState<SignIn>({ status: 'checking' });
  const [round, setRound] = useState(0);
  const location = useLocation();
  const route = parseRoute(location.pathname);
  // Set before the children's effects send their requests, so they go out in this language.
  api.client.locale = locale;

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  // Each page names the tab after its heading, and takes focus there when a navigation dropped it.
  usePageHeading(translator(locale)('appName'));
  // A public form is for strangers: no sign-in to check, nothing of the signed-in app around it.
  const publicToken = route.page === 'public' ? route.token : null;
  useEffect(() => {
    if (publicToken !== null) return;
    let current = true;
    api.me().then(
      (me) => current && setSignIn({ status: 'signedIn', me }),
      (error: unknown) => current && setSignIn(error instanceof ApiError && error.status === 401 ? { status: 'signedOut' } : { status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [api, round, publicToken]);

  const localeState = useMemo(
    () => ({
      locale,
      setLocale: (next: Locale) => {
        setLocaleState(next);
        onLocaleChange?.(next);
      },
    }),
    [locale, onLocaleChange],
  );
  const session = useMemo<AppSession | null>(
    () =>
      signIn.status === 'signedIn'
        ? { api, me: signIn.me, compile, draftStorage, now, signOut: () => setSignIn({ status: 'signedOut' }) }
        : null,
    [api, signIn, compile, draftStorage, now],
  );
  const t = translator(locale);

  if (publicToken !== null) {
    return (
      <LocaleContext.Provider value={localeState}>
        <div className="app">
          <Header userName={null} onLogout={null} brandLink={false} />
          <PublicFormPage token={publicToken} client={api.client} compile={compile} draftStorage={draftStorage} now={now} />
        </div>
      </LocaleContext.Provider>
    );
  }
  return (
    <LocaleContext.Provider value={localeState}>
      <div className="app">
        <Header
          userName={session ? session.me.user.name : null}
          inbox={session ? <InboxLink api={api} /> : null}
          onLogout={
            session
              ? () => {
                  api.logout().finally(() => setSignIn({ status: 'signedOut' }));
                }
              : null
          }
        />
        {signIn.status === 'checking' && <main className="app-page" aria-busy="true">{t('loading')}</main>}
        {signIn.status === 'error' && (
          <main className="app-page">
            <LoadFailure error={signIn.error} onRetry={() => setRound((r) => r + 1)} />
          </main>
        )}
        {signIn.status === 'signedOut' && <LoginPage api={api} onSignedIn={(me) => setSignIn({ status: 'signedIn', me })} />}
        {session && (
          <AppSessionContext.Provider value={session}>
            <Page route={route} />
          </AppSessionContext.Provider>
        )}
      </div>
    </LocaleContext.Provider>
  );
}

function Page({ route }: { readonly route: Route }) {
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'fill':
      return <FillPage key={route.formId} formId={route.formId} />;
    case 'myData':
      return <MyDataPage formId={route.formId} />;
    case 'data':
      return <DataListPage key={route.formId} formId={route.formId} />;
    case 'dashboard':
      return <DashboardPage key={route.dashboardId} dashboardId={route.dashboardId} />;
    case 'record':
      return <RecordPage key={route.recordId} recordId={route.recordId} />;
    case 'tasks':
      return <TasksPage />;
    case 'task':
      return <TaskPage key={route.taskId} taskId={route.taskId} />;
    case 'performance':
      return <PerformancePage />;
    case 'targets':
      return <TargetsPage />;
    case 'notifications':
      return <NotificationsPage />;
    case 'public':
    case 'notFound':
      return (
        <main className="app-page">
          <LoadFailure error={new ApiError(404, 'not_found', '')} />
        </main>
      );
  }
}
