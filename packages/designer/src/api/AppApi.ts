/**
 * An app's own settings (`GET` and `PATCH /api/apps/:appId`), as `packages/server/src/routes/apps.ts`
 * answers them. Changing them is for admins: others get a 403.
 */
export interface AppApi {
  getApp(appId: string): Promise<AppDetails>;
  /** Changes only what `changes` names; a 400 `ApiError` whose details point at the fault (e.g. `/color`, `/quickForms/1`). */
  updateApp(appId: string, changes: AppChanges): Promise<AppDetails>;
}

export interface AppDetails {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly icon: string | null;
  /** `#rrggbb` or `#rgb`; null for the default. */
  readonly color: string | null;
  /** Form ids, in order, that the workbench offers as quick buttons before a viewer's most-used forms. */
  readonly quickForms: readonly string[];
}

export interface AppChanges {
  readonly icon?: string | null;
  readonly color?: string | null;
  readonly quickForms?: readonly string[];
}
