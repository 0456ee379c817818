import type { FormSchema } from '@formwork/runtime';

/** One published, immutable version of a form. */
export interface FormVersion {
  readonly formId: string;
  readonly version: number;
  readonly schema: FormSchema;
  /** The draft revision it was published from. */
  readonly draftRevision: number;
  readonly publishedAt: number;
  readonly publishedBy: string | null;
}

export type FormVersionSummary = Omit<FormVersion, 'schema' | 'formId'>;

/** A form: its working draft and, once published, its current version. */
export interface Form {
  readonly id: string;
  readonly appId: string;
  /** The draft's title (the published title is `published.schema.title`). */
  readonly title: string;
  readonly draft: FormSchema;
  readonly draftRevision: number;
  readonly published: FormVersion | null;
  readonly createdBy: string | null;
  readonly createdAt: number;
  readonly updatedBy: string | null;
  readonly updatedAt: number;
  /** When an admin archived it (hidden from everyone else, records read-only), or null. */
  readonly archivedAt: number | null;
  readonly archivedBy: string | null;
}

export interface NewForm {
  readonly id: string;
  readonly appId: string;
  readonly draft: FormSchema;
  readonly createdBy: string | null;
  readonly createdAt: number;
}

export interface FormStore {
  /** Creates the form with its draft at revision 1 and nothing published. */
  create(form: NewForm): Promise<Form>;
  findById(id: string): Promise<Form | undefined>;
  listByApp(appId: string): Promise<Form[]>;
  /** Every live (not archived) form that has a published version (for "what may this user fill in"). */
  listPublished(): Promise<Form[]>;
  /**
   * Archives (`archived` given) or restores (null) a form; false when it already was in that
   * state (compare-and-set, so two admins cannot both "archive" it).
   */
  setArchived(id: string, archived: { readonly at: number; readonly by: string } | null): Promise<boolean>;
  /**
   * Replaces the draft if its revision is still `expectedRevision` (compare-and-set), bumping the
   * revision. Returns the new revision, or undefined when someone else saved first.
   */
  saveDraft(id: string, draft: FormSchema, expectedRevision: number, updatedBy: string | null, updatedAt: number): Promise<number | undefined>;
  /** Appends a version and makes it the published one. */
  addVersion(version: FormVersion): Promise<void>;
  findVersion(formId: string, version: number): Promise<FormVersion | undefined>;
  /** Every version of the form, oldest first. */
  listVersions(formId: string): Promise<FormVersion[]>;
}
