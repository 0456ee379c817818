/** An app: a named group of forms (and later workflows, dashboards). */
export interface App {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** An icon name or emoji chosen in the designer; never rendered as HTML. */
  readonly icon: string | null;
  readonly createdBy: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export type NewApp = Omit<App, 'updatedAt'>;

export interface AppChanges {
  readonly name?: string;
  readonly description?: string;
  readonly icon?: string | null;
}

export interface AppStore {
  create(app: NewApp): Promise<App>;
  findById(id: string): Promise<App | undefined>;
  /** Every app, oldest first. */
  list(): Promise<App[]>;
  update(id: string, changes: AppChanges, updatedAt: number): Promise<App | undefined>;
}
