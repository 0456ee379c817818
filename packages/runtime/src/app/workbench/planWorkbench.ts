import type { WorkbenchAppView, WorkbenchPerformanceView, WorkbenchView } from '../api/WorkbenchViews.js';

/** A quick button: one of the app's daily forms or a form the viewer fills often, with the app it belongs to. */
export interface QuickForm {
  readonly formId: string;
  readonly title: string;
  readonly app: WorkbenchAppView;
}

/** A scheme summary with the app it belongs to. */
export interface AppPerformance {
  readonly app: WorkbenchAppView;
  readonly performance: WorkbenchPerformanceView;
}

/**
 * Which sections the workbench draws, from the server's answer. A section with nothing in it is
 * left out (no scheme, no run, no team, no dashboard), never shown empty — except the to-dos,
 * whose "nothing to do" is news too.
 */
export interface WorkbenchPlan {
  readonly todo: WorkbenchView['tasks'];
  /** Approvals waiting (someone who manages people or an admin) rather than to-dos. */
  readonly approving: boolean;
  readonly quickForms: readonly QuickForm[];
  /** The viewer's own score, rank and targets, per app with a run that scores them. */
  readonly mine: readonly AppPerformance[];
  /** The team's progress and laggards, per app with a run holding people the viewer manages. */
  readonly teams: readonly AppPerformance[];
  /** Each app's first published dashboard, for those who watch a team. */
  readonly keyDashboards: readonly { readonly app: WorkbenchAppView; readonly id: string; readonly title: string }[];
  readonly recent: WorkbenchView['recent'];
  /** Apps with something to open (forms, dashboards or a scheme). */
  readonly apps: readonly WorkbenchAppView[];
}

const maxQuickForms = 4;

/**
 * @example
 * planWorkbench(view, 'member').quickForms // [{ formId: 'frm_visit', title: '跟进记录', app }]
 */
export function planWorkbench(view: WorkbenchView, role: 'admin' | 'manager' | 'member'): WorkbenchPlan {
  // Each app's order is the server's — the app's own daily forms first, then the most filled —
  // so apps take turns: every app's first button, then every app's second, and so on.
  const quickForms = view.apps
    .flatMap((app) =>
      app.quickForms.flatMap((formId, position) => {
        const form = app.forms.find((candidate) => candidate.id === formId);
        return form ? [{ app, formId, title: form.title, position, mine: form.mine }] : [];
      }),
    )
    .sort((a, b) => a.position - b.position || b.mine - a.mine)
    .slice(0, maxQuickForms)
    .map(({ app, formId, title }): QuickForm => ({ app, formId, title }));
  const withPerformance = view.apps.flatMap((app) => (app.performance ? [{ app, performance: app.performance }] : []));
  const teams = withPerformance.filter(({ performance }) => performance.team !== null);
  const watchesTeam = role !== 'member' || teams.length > 0;
  return {
    todo: view.tasks,
    approving: watchesTeam,
    quickForms,
    mine: withPerformance.filter(({ performance }) => performance.mine !== null),
    teams,
    keyDashboards: watchesTeam ? view.apps.flatMap((app) => (app.dashboards[0] ? [{ app, ...app.dashboards[0] }] : [])) : [],
    recent: view.recent,
    apps: view.apps.filter((app) => app.forms.length > 0 || app.dashboards.length > 0 || app.performance !== null),
  };
}
