import type { JsonObject } from '@formwork/runtime';
import type { JsonSchema } from '../http/validation/ValueSchema.js';
import type { DocumentVersion, VersionedDocument } from '../storage/DocumentStore.js';

/** A published version in a list: when and by whom (as forms answer). */
export interface DashboardVersionSummaryView {
  readonly version: number;
  readonly publishedAt: string;
  readonly publishedBy: string | null;
}

/**
 * `GET /api/dashboards/:id`, shaped as a form's answer so the designer and the app read both
 * alike. Admins get the draft (with the revision to send back in `If-Match`) and the versions;
 * everyone else only the published document.
 */
export interface DashboardView {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  readonly published: { readonly version: number; readonly schema: JsonObject; readonly publishedAt: string } | null;
  readonly draft?: JsonObject;
  readonly draftRevision?: number;
  /** The draft differs from the published version. */
  readonly hasUnpublishedChanges?: boolean;
  readonly versions?: readonly DashboardVersionSummaryView[];
  readonly updatedAt: string;
  readonly archivedAt?: string | null;
}

/** An entry of an app's dashboard list. */
export interface DashboardSummaryView {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  readonly publishedVersion: number | null;
  readonly draftRevision?: number;
  readonly hasUnpublishedChanges?: boolean;
  readonly updatedAt: string;
}

/** The full view for admins (`versions` given), the published one for everyone else (null). */
export function toDashboardView(dashboard: VersionedDocument, versions: readonly DocumentVersion[] | null): DashboardView {
  const base = {
    id: dashboard.id,
    appId: dashboard.appId,
    title: titleOf(versions ? dashboard.draft : (dashboard.published?.schema ?? dashboard.draft)),
    published: dashboard.published
      ? { version: dashboard.published.version, schema: dashboard.published.schema, publishedAt: iso(dashboard.published.publishedAt) }
      : null,
    updatedAt: iso(dashboard.updatedAt),
  };
  if (!versions) return base;
  return {
    ...base,
    draft: dashboard.draft,
    draftRevision: dashboard.draftRevision,
    hasUnpublishedChanges: hasUnpublishedDashboardChanges(dashboard),
    versions: versions.map(toDashboardVersionSummary),
    archivedAt: dashboard.archivedAt === null ? null : iso(dashboard.archivedAt),
  };
}

export function toDashboardSummary(dashboard: VersionedDocument, forAdmin: boolean): DashboardSummaryView {
  const base = {
    id: dashboard.id,
    appId: dashboard.appId,
    title: titleOf(forAdmin ? dashboard.draft : (dashboard.published?.schema ?? dashboard.draft)),
    publishedVersion: dashboard.published?.version ?? null,
    updatedAt: iso(dashboard.updatedAt),
  };
  return forAdmin ? { ...base, draftRevision: dashboard.draftRevision, hasUnpublishedChanges: hasUnpublishedDashboardChanges(dashboard) } : base;
}

export function toDashboardVersionSummary(version: Pick<DocumentVersion, 'version' | 'publishedAt' | 'publishedBy'>): DashboardVersionSummaryView {
  return { version: version.version, publishedAt: iso(version.publishedAt), publishedBy: version.publishedBy };
}

/** Drafts and versions are stored as JSON of parsed documents, so equal text means equal dashboards. */
export function hasUnpublishedDashboardChanges(dashboard: VersionedDocument): boolean {
  return dashboard.published === null || JSON.stringify(dashboard.published.schema) !== JSON.stringify(dashboard.draft);
}

function titleOf(document: JsonObject): string {
  return typeof document['title'] === 'string' ? document['title'] : '';
}

function iso(time: number): string {
  return new Date(time).toISOString();
}

const versionSummarySchema: JsonSchema = {
  type: 'object',
  properties: { version: { type: 'integer' }, publishedAt: { type: 'string' }, publishedBy: { type: ['string', 'null'] } },
};

export const dashboardViewSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    appId: { type: 'string' },
    title: { type: 'string' },
    published: {
      anyOf: [
        { type: 'object', properties: { version: { type: 'integer' }, schema: { type: 'object', description: 'A DashboardSchema document' }, publishedAt: { type: 'string' } } },
        { type: 'null' },
      ],
    },
    draft: { type: 'object', description: 'Admins only: the DashboardSchema draft' },
    draftRevision: { type: 'integer', description: 'Admins only; send back as If-Match' },
    hasUnpublishedChanges: { type: 'boolean', description: 'Admins only' },
    versions: { type: 'array', items: versionSummarySchema, description: 'Admins only' },
    archivedAt: { type: ['string', 'null'], description: 'Admins only' },
    updatedAt: { type: 'string' },
  },
};

export const dashboardSummarySchema: JsonSchema = {
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

export const dashboardVersionListSchema: JsonSchema = { type: 'object', properties: { items: { type: 'array', items: versionSummarySchema } } };
