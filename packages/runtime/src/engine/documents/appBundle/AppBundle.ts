import type { DashboardSchema } from '../dashboard/DashboardSchema.js';
import type { FormSchema } from '../form/FormSchema.js';
import type { ScoringSchema } from '../scoring/ScoringSchema.js';
import type { WorkflowSchema } from '../workflow/WorkflowSchema.js';

/**
 * AppBundle: an app and everything in it — the unit of template install, export and import.
 *
 * Inside a bundle, documents refer to each other by `key`: a link field's `formId`, a workflow's
 * `formId`, a scoring source's or a dashboard query's `formId` each name a form key of the same
 * bundle. Installing the bundle gives each document a stored id and rewrites those references.
 */

/** The current `schemaVersion` of app bundles. Older versions are migrated forward on parse. */
export const APP_BUNDLE_SCHEMA_VERSION = 1;

export interface AppBundle {
  readonly kind: 'appBundle';
  readonly schemaVersion: typeof APP_BUNDLE_SCHEMA_VERSION;
  readonly app: AppInfo;
  readonly forms: readonly BundledDocument<FormSchema>[];
  readonly workflows: readonly BundledDocument<WorkflowSchema>[];
  readonly scorings: readonly BundledDocument<ScoringSchema>[];
  readonly dashboards: readonly BundledDocument<DashboardSchema>[];
  /** Roles the app adds beside the built-in admin, manager and member. */
  readonly roles: readonly BundleRole[];
}

export interface AppInfo {
  readonly name: string;
  readonly description: string;
  /** A short stable icon key, as in the field catalogue. */
  readonly icon?: string;
  /** The colour the app is shown in (`#2f7cf6` or `#fff`), as the workbench draws it. */
  readonly color?: string;
  /**
   * The form keys of a rep's daily forms (a visit, a follow-up), in order: the workbench offers
   * them as quick buttons before the forms a viewer filled most, so a rep who filled nothing yet has them.
   */
  readonly quickForms?: readonly string[];
}

export interface BundledDocument<T> {
  /** Unique among the bundle's documents of the same kind; what other documents refer to. */
  readonly key: string;
  readonly schema: T;
}

export interface BundleRole {
  readonly key: string;
  readonly name: string;
  readonly description?: string;
}
