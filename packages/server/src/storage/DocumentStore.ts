import type { DocumentKind, JsonObject } from '@formwork/runtime';

/**
 * The kinds of document kept by the `DocumentStore`: each is a draft saved with If-Match and
 * published into immutable numbered versions, as forms are (forms keep their own store, which
 * carries their records' needs: titles, the published list, publish hooks).
 */
export type VersionedDocumentKind = Extract<DocumentKind, 'workflow' | 'dashboard' | 'scoring'>;

/** Every kind the store keeps, as the migrations' CHECK lists them. */
export const versionedDocumentKinds: readonly VersionedDocumentKind[] = ['workflow', 'dashboard', 'scoring'];

/** One published, immutable version of a document. */
export interface DocumentVersion {
  readonly documentId: string;
  /** 1, 2, 3… per document, never repeated or skipped. */
  readonly version: number;
  readonly schema: JsonObject;
  /** The draft revision it was published from: each revision is published at most once. */
  readonly draftRevision: number;
  readonly publishedAt: number;
  readonly publishedBy: string | null;
}

/**
 * A workflow, dashboard or scoring scheme: its working draft and, once published, its current
 * version. The schemas are JSON the store does not look into: the runtime's parsers check them
 * before they are saved or published.
 */
export interface VersionedDocument {
  readonly id: string;
  readonly kind: VersionedDocumentKind;
  readonly appId: string;
  /** The form it belongs to (a workflow's form), or null for documents of the whole app. */
  readonly formId: string | null;
  readonly draft: JsonObject;
  readonly draftRevision: number;
  readonly published: DocumentVersion | null;
  readonly createdBy: string | null;
  readonly createdAt: number;
  readonly updatedBy: string | null;
  readonly updatedAt: number;
  /** When an admin archived it, or null. Archived documents keep their versions. */
  readonly archivedAt: number | null;
  readonly archivedBy: string | null;
}

export interface NewDocument {
  readonly id: string;
  readonly kind: VersionedDocumentKind;
  readonly appId: string;
  /** Required for a workflow (the form whose records it moves); must be a form of `appId`. */
  readonly formId: string | null;
  readonly draft: JsonObject;
  readonly createdBy: string | null;
  readonly createdAt: number;
}

/** What `publish` writes as the next version. */
export interface DocumentPublication {
  /** The draft revision the publisher read and checked: the draft must still be at it. */
  readonly draftRevision: number;
  /** The checked (parsed, migrated) draft: what the version will hold. */
  readonly schema: JsonObject;
  readonly publishedAt: number;
  readonly publishedBy: string | null;
}

/**
 * Versioned documents other than forms (workflows, dashboards, scoring schemes). Under concurrent
 * callers, on either adapter and across processes:
 * - `saveDraft` is compare-and-set on the draft revision: of two saves of one revision, one wins;
 * - `publish` numbers versions 1, 2, 3… with no gap and no repeat, and publishes each draft
 *   revision at most once: of racing publishers of one revision, exactly one gets the version;
 * - a form has at most one document of each kind (one workflow per form), however many create it;
 * - versions are append-only (the databases refuse UPDATE and DELETE on them).
 */
export interface DocumentStore {
  /**
   * Creates the document with its draft at revision 1 and nothing published. Fails (throws) when
   * the form already has a document of this kind, or a workflow names no form.
   */
  create(document: NewDocument): Promise<VersionedDocument>;
  findById(id: string): Promise<VersionedDocument | undefined>;
  /** The app's documents of one kind, archived ones included, oldest first. */
  listByApp(appId: string, kind: VersionedDocumentKind): Promise<VersionedDocument[]>;
  /** The form's document of this kind (its workflow), if it has one. */
  findByForm(formId: string, kind: VersionedDocumentKind): Promise<VersionedDocument | undefined>;
  /**
   * Replaces the draft if its revision is still `expectedRevision` (compare-and-set), bumping the
   * revision and stamping who and when. Returns the new revision, or undefined when someone else
   * saved first (or there is no such document).
   */
  saveDraft(id: string, draft: JsonObject, expectedRevision: number, updatedBy: string | null, updatedAt: number): Promise<number | undefined>;
  /**
   * Appends the next version (the current one's number + 1) holding `publication.schema` and makes
   * it the published one, if the draft is still at `publication.draftRevision` and that revision
   * has not been published yet — checked and written in one step, so racing publishers neither
   * skip nor repeat a number. Returns the new version, or undefined when nothing was published
   * (the draft moved on, that revision is already the published one, or no such document): read
   * the document to tell which.
   */
  publish(id: string, publication: DocumentPublication): Promise<DocumentVersion | undefined>;
  findVersion(documentId: string, version: number): Promise<DocumentVersion | undefined>;
  /** Every version of the document, oldest first. */
  listVersions(documentId: string): Promise<DocumentVersion[]>;
  /**
   * Archives (`archived` given) or restores (null) a document; false when it already was in that
   * state (compare-and-set, so two admins cannot both "archive" it).
   */
  setArchived(id: string, archived: { readonly at: number; readonly by: string } | null): Promise<boolean>;
}
