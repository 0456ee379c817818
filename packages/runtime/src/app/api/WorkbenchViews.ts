import type { InboxItem } from './TaskViews.js';

/** An item with a target, summed over the people it is about: the viewer's own, or their team's. */
export interface TargetLineView {
  readonly itemId: string;
  readonly name: string;
  readonly actual: number;
  readonly target: number;
  /** actual ÷ target. */
  readonly share: number;
}

/** An app's first published scheme as the workbench shows it (`GET /api/workbench`). */
export interface WorkbenchPerformanceView {
  readonly schemeId: string;
  readonly title: string;
  /** This period when it has a run, else the previous one; null when neither has. */
  readonly period: string | null;
  readonly current: boolean;
  readonly mine: { readonly total: number; readonly grade: string | null; readonly rank: number | null; readonly of: number; readonly targets: readonly TargetLineView[] } | null;
  readonly team: { readonly members: number; readonly targets: readonly TargetLineView[] } | null;
  readonly laggards: readonly { readonly personId: string; readonly name: string; readonly share: number }[];
}

export interface WorkbenchAppView {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly icon: string | null;
  readonly color: string | null;
  readonly forms: readonly { readonly id: string; readonly title: string; readonly canSubmit: boolean; readonly mine: number }[];
  /** At most three form ids, in order: the app's own daily forms the viewer may submit, then the forms they fill most. */
  readonly quickForms: readonly string[];
  /** Published dashboards, the key one first. */
  readonly dashboards: readonly { readonly id: string; readonly title: string }[];
  readonly performance: WorkbenchPerformanceView | null;
}

/** `GET /api/workbench`: the viewer's day in one answer, in their scopes. */
export interface WorkbenchView {
  readonly today: string;
  readonly tasks: { readonly todo: number; readonly next: readonly InboxItem[] };
  readonly apps: readonly WorkbenchAppView[];
  readonly recent: readonly { readonly id: string; readonly formId: string; readonly formTitle: string; readonly appId: string; readonly title: string; readonly createdAt: string }[];
}
