import type { FormSchema, Locale, Role } from '@formwork/runtime';

/** The signed-in user, as `GET /api/me` tells. */
export interface SessionUser {
  readonly id: string;
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  readonly locale?: Locale | null;
}

export interface AppSummary {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly icon?: string | null;
}

export interface FormSummary {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  /** The version reps fill in, or null while the form was never published. */
  readonly publishedVersion?: number | null;
  /** When an admin archived the form (ISO 8601); null or missing while it is in use. */
  readonly archivedAt?: string | null;
}

export interface FormVersionSummary {
  readonly version: number;
  /** ISO 8601 (the server) or ms since the epoch. */
  readonly publishedAt: string | number;
  readonly publishedBy: string | null;
}

/** `GET /api/forms/:id/versions/:version`: one published version, its schema as it was published. */
export interface FormVersion extends FormVersionSummary {
  /** Checked by the engine's parser before use: it may predate the current schema version. */
  readonly schema: unknown;
}

/** `GET /api/forms/:id`: the working draft, its revision and the published versions. */
export interface FormDocument {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  readonly draft: FormSchema;
  readonly draftRevision: number;
  readonly published: { readonly version: number; readonly schema?: FormSchema } | null;
  readonly versions: readonly FormVersionSummary[];
  /** When an admin archived the form (ISO 8601); null or missing while it is in use. */
  readonly archivedAt?: string | null;
  /** Who archived it (a user id), when the server knows. */
  readonly archivedBy?: string | null;
  /** The form's public link (`/p/<token>`, relative to the site) while the published version opens one; else null. */
  readonly publicUrl?: string | null;
}

/**
 * A user as `GET /api/users` lists them: admins get full users, everyone else a directory entry;
 * the fields both share are all the designer reads.
 */
export interface DirectoryUser {
  readonly id: string;
  readonly name: string;
  readonly username?: string;
  readonly departmentId?: string | null;
}

/** A department with its sub-departments, as `GET /api/departments` returns the tree. */
export interface DepartmentNode {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
  /** Who manages it (a user id); missing or null when nobody does. */
  readonly managerId?: string | null;
  readonly children?: readonly DepartmentNode[];
}
