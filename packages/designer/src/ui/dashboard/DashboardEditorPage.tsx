import { useState } from 'react';
import type { ApiClient } from '../../api/createApiClient.js';
import { createDashboardSession } from '../../dashboard/createDashboardSession.js';
import { createDashboardStore } from '../../dashboard/createDashboardStore.js';
import { emptyDashboard } from '../../dashboard/emptyDashboard.js';
import { dashboardMessages as m } from '../../i18n/dashboardMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { appMessages } from '../../i18n/appMessages.js';
import { randomId } from '../../store/randomId.js';
import { routeHash } from '../app/Route.js';
import { usePageTitle } from '../app/usePageTitle.js';
import { DashboardDesigner } from './DashboardDesigner.js';

/** Random ids for new widgets and filters: `w_…`, `f_…` (the store retries on a clash). */
function widgetId(prefix: 'w' | 'f'): string {
  return `${prefix}_${randomId('rule').slice(2)}`;
}

/** `#/apps/:appId/dashboards/:id`: the dashboard editor with its own store and server session. */
export function DashboardEditorPage({ api, appId, dashboardId }: { readonly api: ApiClient; readonly appId: string; readonly dashboardId: string }) {
  const { t, locale } = useLocale();
  const heading = usePageTitle(t(m.dashboards), t(appMessages.productName));
  const [store] = useState(() => createDashboardStore({ createId: widgetId, locale, initial: emptyDashboard(t(m.untitledDashboard)) }));
  const [session] = useState(() => createDashboardSession({ api, appId, dashboardId, locale: () => store.getState().locale, store }));
  return (
    <>
      <p>
        <a href={routeHash({ page: 'app', appId })}>{t(m.backToApp)}</a>
      </p>
      <DashboardDesigner store={store} session={session} headingRef={heading} />
    </>
  );
}
