/** An app: a named group of forms (and later workflows, dashboards). */
export interface App {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** An icon name or emoji chosen in the designer; never rendered as HTML. */
  readonly icon: string | null;
  /** The colour it is shown in (`#rrggbb` or `#rgb`), as its bundle or an admin gives it; null for the default. */
  readonly color: string | null;
  readonly createdBy: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** The shipped template the app was installed from, with its documents' keys; null for an app made by hand. */
  readonly origin: TemplateOrigin | null;
  /**
   * The forms (stored ids, in order) the app offers as quick buttons on the workbench before a
   * viewer's most-used ones: a rep's daily forms, as the bundle or an admin names them.
   */
  readonly quickForms: readonly string[];
}

/**
 * What a template install made, kept on its app so that a later install can find it: another
 * template's scheme reads this app's forms by their bundle keys (see `linkTemplateApps`).
 */
export interface TemplateOrigin {
  readonly template: string;
  /** Each bundle form key → the stored form id. */
  readonly forms: Readonly<Record<string, string>>;
  /** Each bundle scoring key → the stored scheme id. */
  readonly scorings: Readonly<Record<string, string>>;
}

export type NewApp = Omit<App, 'updatedAt' | 'origin' | 'color' | 'quickForms'> & { readonly origin?: TemplateOrigin | null; readonly color?: string | null; readonly quickForms?: readonly string[] };

export interface AppChanges {
  readonly name?: string;
  readonly description?: string;
  readonly icon?: string | null;
  readonly color?: string | null;
  readonly quickForms?: readonly string[];
}

export interface AppStore {
  create(app: NewApp): Promise<App>;
  findById(id: string): Promise<App | undefined>;
  /** Every app, oldest first. */
  list(): Promise<App[]>;
  update(id: string, changes: AppChanges, updatedAt: number): Promise<App | undefined>;
}
