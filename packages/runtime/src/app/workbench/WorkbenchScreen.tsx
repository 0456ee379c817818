import { useEffect, useState, useSyncExternalStore } from 'react';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { AppsSection } from './AppsSection.js';
import { KeyDashboardsSection } from './KeyDashboardsSection.js';
import { MyPerformanceSection } from './MyPerformanceSection.js';
import { planWorkbench } from './planWorkbench.js';
import { QuickFormsSection } from './QuickFormsSection.js';
import { RecentSection } from './RecentSection.js';
import { TeamSection } from './TeamSection.js';
import { TodoSection } from './TodoSection.js';
import { WorkbenchController } from './WorkbenchController.js';
import { useWorkbenchText } from './workbenchMessages.js';
import './workbench.css';

/**
 * The home page (#15): where a rep or a manager starts the day — to-dos (a manager's approvals),
 * quick buttons to each app's daily forms and the forms they fill most, this period's score, rank
 * and targets, the team's progress and laggards, key dashboards with their headline figures, their
 * latest records, then every app. One request
 * (`GET /api/workbench`); a section with nothing in it is left out. Two columns on a wide screen,
 * one on a phone.
 */
export function WorkbenchScreen() {
  const { api, me } = useAppSession();
  const { wt, t } = useWorkbenchText();
  const [controller] = useState(() => new WorkbenchController(api));
  useEffect(() => {
    void controller.load();
  }, [controller]);
  const state = useSyncExternalStore(controller.subscribe, () => controller.state);
  const plan = state.status === 'ready' ? planWorkbench(state.workbench, me.user.role) : null;
  return (
    <main className="app-page app-page--wide app-workbench">
      <h1>{wt('title')}</h1>
      {state.status === 'loading' && <p aria-busy="true">{t('loading')}</p>}
      {state.status === 'error' && <LoadFailure error={state.error} onRetry={() => void controller.load()} />}
      {plan && (
        <>
          <div className="app-workbench__grid">
            <TodoSection plan={plan} />
            {plan.quickForms.length > 0 && <QuickFormsSection forms={plan.quickForms} />}
            {plan.mine.length > 0 && <MyPerformanceSection entries={plan.mine} />}
            {plan.teams.length > 0 && <TeamSection entries={plan.teams} />}
            {plan.keyDashboards.length > 0 && <KeyDashboardsSection dashboards={plan.keyDashboards} />}
            {plan.recent.length > 0 && <RecentSection recent={plan.recent} />}
          </div>
          {plan.apps.length === 0 ? (
            <div className="app-empty">
              <p>{t('homeEmpty')}</p>
              {me.user.role === 'admin' && (
                // The designer is a separate app, so this is a plain link, not an in-app route.
                <a className="fw-button fw-button--primary" href="/designer/">
                  {t('openDesigner')}
                </a>
              )}
            </div>
          ) : (
            <AppsSection apps={plan.apps} />
          )}
        </>
      )}
    </main>
  );
}
