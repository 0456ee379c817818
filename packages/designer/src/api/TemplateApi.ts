/**
 * The template gallery's calls (`GET /api/templates`, `POST /api/templates/:name/install`), as
 * `packages/server/src/routes/templates.ts` answers them. Admins only: others get a 403.
 */
export interface TemplateApi {
  listTemplates(): Promise<readonly TemplateSummary[]>;
  /** Installs the template as a new app in one transaction (a minute or more with sample data). */
  installTemplate(name: string, options: { readonly sampleData: boolean }): Promise<TemplateInstallResult>;
}

/** A shipped template: its texts are the bundle's (Chinese), its contents by key. */
export interface TemplateSummary {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly icon: string | null;
  readonly forms: readonly KeyedTitle[];
  readonly workflows: readonly KeyedTitle[];
  readonly dashboards: readonly KeyedTitle[];
  readonly scorings: readonly KeyedTitle[];
  readonly roles: readonly { readonly key: string; readonly name: string }[];
  /** What "with sample data" adds. */
  readonly sampleData: { readonly departments: number; readonly users: number; readonly records: number };
}

export interface KeyedTitle {
  readonly key: string;
  readonly title: string;
}

/** What an install made. */
export interface TemplateInstallResult {
  readonly template: string;
  readonly app: { readonly id: string; readonly name: string };
  readonly forms: readonly { readonly key: string; readonly id: string; readonly title: string }[];
  readonly sampleData: {
    readonly departments: { readonly created: number; readonly reused: number };
    readonly users: { readonly created: number; readonly reused: number };
    /** The one initial password of the sample people this install created; shown only once. */
    readonly initialPassword: string | null;
    readonly records: Readonly<Record<string, number>>;
  } | null;
  /** Schemes pointed at another installed template's forms (the performance scheme reading the CRM). */
  readonly links?: readonly { readonly app: { readonly id: string; readonly name: string }; readonly reads: { readonly id: string; readonly name: string } }[];
}
