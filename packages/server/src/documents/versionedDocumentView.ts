import type { JsonObject } from '@formwork/runtime';
import type { JsonSchema } from '../http/validation/ValueSchema.js';
import type { DocumentVersion, VersionedDocument } from '../storage/DocumentStore.js';

/** A published version in a list: when and by whom (as forms answer). */
export interface DocumentVersionSummaryView {
  readonly version: number;
  readonly publishedAt: string;
  readonly publishedBy: string | null;
}

/**
 * `GET /api/<kind>s/:id` for any document of the DocumentStore (dashboard, scoring scheme),
 * shaped as a form's answer so the designer and the app read every kind alike. Admins get the
 * draft (with the revision to send back in `If-Match`) and the versions; everyone else only the
 * published document.
 */
export interface DocumentView {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  readonly published: { readonly version: number; readonly schema: JsonObject; readonly publishedAt: string } | null;
  readonly draft?: JsonObject;
  readonly draftRevision?: number;
  /** The draft differs from the published version. */
  readonly hasUnpublishedChanges?: boolean;
  readonly versions?: readonly DocumentVersionSummaryView[];
  readonly updatedAt: string;
  readonly archivedAt?: string | null;
}

/** An entry of an app's list of documents of one kind. */
export interface DocumentSummaryView {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  readonly publishedVersion: number | null;
  readonly draftRevision?: number;
  readonly hasUnpublishedChanges?: boolean;
  readonly updatedAt: string;
}

/** The full view for admins (`versions` given), the published one for everyone else (null). */
export function toDocumentView(document: VersionedDocument, versions: readonly DocumentVersion[] | null): DocumentView {
  const base = {
    id: document.id,
    appId: document.appId,
    title: titleOf(versions ? document.draft : (document.published?.schema ?? document.draft)),
    published: document.published
      ? { version: document.published.version, schema: document.published.schema, publishedAt: iso(document.published.publishedAt) }
      : null,
    updatedAt: iso(document.updatedAt),
  };
  if (!versions) return base;
  return {
    ...base,
    draft: document.draft,
    draftRevision: document.draftRevision,
    hasUnpublishedChanges: hasUnpublishedChanges(document),
    versions: versions.map(toDocumentVersionSummary),
    archivedAt: document.archivedAt === null ? null : iso(document.archivedAt),
  };
}

/** A list entry: admins also see the draft revision and whether it differs from the published version. */
export function toDocumentSummary(document: VersionedDocument, forAdmin: boolean): DocumentSummaryView {
  const base = {
    id: document.id,
    appId: document.appId,
    title: titleOf(forAdmin ? document.draft : (document.published?.schema ?? document.draft)),
    publishedVersion: document.published?.version ?? null,
    updatedAt: iso(document.updatedAt),
  };
  return forAdmin ? { ...base, draftRevision: document.draftRevision, hasUnpublishedChanges: hasUnpublishedChanges(document) } : base;
}

export function toDocumentVersionSummary(version: Pick<DocumentVersion, 'version' | 'publishedAt' | 'publishedBy'>): DocumentVersionSummaryView {
  return { version: version.version, publishedAt: iso(version.publishedAt), publishedBy: version.publishedBy };
}

/** Drafts and versions are stored as JSON of parsed documents, so equal text means equal documents. */
export function hasUnpublishedChanges(document: VersionedDocument): boolean {
  return document.published === null || JSON.stringify(document.published.schema) !== JSON.stringify(document.draft);
}

function titleOf(document: JsonObject): string {
  return typeof document['title'] === 'string' ? document['title'] : '';
}

function iso(time: number): string {
  return new Date(time).toISOString();
}

const versionSummaryProperties = { version: { type: 'integer' }, publishedAt: { type: 'string' }, publishedBy: { type: ['string', 'null'] } };

const versionSummarySchema: JsonSchema = { type: 'object', properties: versionSummaryProperties };

/** The OpenAPI schema of a `DocumentView` whose documents are `schemaName` (e.g. `DashboardSchema`). */
export function documentViewSchema(schemaName: string): JsonSchema {
  return {
    type: 'object',
    properties: {
      id: { type: 'string' },
      appId: { type: 'string' },
      title: { type: 'string' },
      published: {
        anyOf: [
          { type: 'object', properties: { version: { type: 'integer' }, schema: { type: 'object', description: `A ${schemaName} document` }, publishedAt: { type: 'string' } } },
          { type: 'null' },
        ],
      },
      draft: { type: 'object', description: `Admins only: the ${schemaName} draft` },
      draftRevision: { type: 'integer', description: 'Admins only; send back as If-Match' },
      hasUnpublishedChanges: { type: 'boolean', description: 'Admins only' },
      versions: { type: 'array', items: versionSummarySchema, description: 'Admins only' },
      archivedAt: { type: ['string', 'null'], description: 'Admins only' },
      updatedAt: { type: 'string' },
    },
  };
}

export const documentSummarySchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    appId: { type: 'string' },
    title: { type: 'string' },
    publishedVersion: { type: ['integer', 'null'] },
    draftRevision: { type: 'integer', description: 'Admins only' },
    hasUnpublishedChanges: { type: 'boolean', description: 'Admins only' },
    updatedAt: { type: 'string' },
  },
};

/** The OpenAPI schema of one published version with its `schemaName` document. */
export function documentVersionSchema(schemaName: string): JsonSchema {
  return { type: 'object', properties: { ...versionSummaryProperties, schema: { type: 'object', description: `A ${schemaName} document` } } };
}

export const documentVersionListSchema: JsonSchema = { type: 'object', properties: { items: { type: 'array', items: versionSummarySchema } } };

export const documentPublishResultSchema: JsonSchema = {
  type: 'object',
  properties: { version: { type: 'integer' }, created: { type: 'boolean' }, publishedAt: { type: 'string' } },
};
