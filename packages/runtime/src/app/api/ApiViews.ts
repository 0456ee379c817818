import type { FormSchema, Locale, RecordData, Role } from '../../engine/index.js';
import type { ProposedChangeView } from './ChangeViews.js';

/** The server's JSON, as the app reads it. Fields the app does not use are left out. */

export interface MeView {
  readonly user: { readonly id: string; readonly username: string; readonly name: string; readonly role: Role; readonly departmentId: string | null; readonly locale: Locale | null };
  readonly department: { readonly id: string; readonly name: string } | null;
  readonly managedDepartmentIds: readonly string[];
  readonly locale: Locale;
}

export interface AppView {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly icon: string | null;
  /** `#rrggbb` or `#rgb`; absent from an older server. */
  readonly color?: string | null;
}

export interface FormSummaryView {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  readonly publishedVersion: number | null;
  /** Set (ISO 8601) when an admin archived the form; only admins are told of archived forms. */
  readonly archivedAt?: string | null;
}

export interface FormView {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  readonly published: { readonly version: number; readonly schema: FormSchema } | null;
  /** Set (ISO 8601) when an admin archived the form: its records are read-only then. */
  readonly archivedAt?: string | null;
}

export interface DirectoryEntry {
  readonly id: string;
  readonly name: string;
  readonly departmentId: string | null;
}

export interface DepartmentNode {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
  readonly children: readonly DepartmentNode[];
}

/** A record as the records API returns it; its `version` goes back in `If-Match`. */
export interface RecordView {
  readonly id: string;
  readonly formId: string;
  readonly formVersion?: number;
  readonly version: number;
  readonly data: RecordData;
  readonly creatorId?: string;
  readonly creatorName?: string;
  readonly ownerId?: string;
  readonly createdAt?: string;
  readonly updatedAt?: string;
  readonly deletedAt?: string | null;
  /**
   * Whether the caller may change (edit, delete, restore) this record under the form's
   * `settings.access.edit`. Sent with a single record, not in lists; missing means no.
   */
  readonly canEdit?: boolean;
  /** The edit a change flow holds for approval (sent with a single record; null or absent: none waits). */
  readonly pendingChange?: ProposedChangeView | null;
}

export interface RecordPage {
  readonly items: readonly RecordView[];
  readonly nextCursor?: string | null;
  readonly total?: number;
  /** Names of the users and departments these records refer to, keyed by id. */
  readonly names?: RecordNames;
}

export interface RecordNames {
  readonly users: Readonly<Record<string, string>>;
  readonly departments: Readonly<Record<string, string>>;
}

export interface HistoryEntry {
  readonly version: number;
  readonly action: string;
  readonly actorId?: string | null;
  readonly actorName?: string | null;
  readonly at: string;
  readonly changes?: readonly { readonly fieldId: string; readonly from?: unknown; readonly to?: unknown }[];
  /** Why the change was made, as the user wrote it; `null` (or missing, from older servers) when none was given. */
  readonly reason?: string | null;
  /** A change applied by its change flow: who approved it (the actor proposed it); null or missing otherwise. */
  readonly approvedBy?: string | null;
  readonly approverName?: string | null;
}

/** One bad row of an import. */
export interface ImportRowError {
  readonly row: number;
  readonly column?: string;
  readonly fieldId?: string;
  readonly message: string;
}

/** What an import answered: with `mode=skip-invalid` also the skipped records and a report of them. */
export interface ImportResult {
  readonly imported?: number;
  readonly rows?: number;
  readonly skipped?: number;
  readonly errors?: readonly ImportRowError[];
  /** The skipped lines as a CSV (UTF-8 with BOM) with an error column, to fix and import again. */
  readonly errorReport?: { readonly fileName: string; readonly csv: string; readonly truncated: boolean } | null;
}
