import type { FormSchema } from '@formwork/runtime';
import type { JsonSchema } from '../http/validation/ValueSchema.js';
import type { Form, FormVersion } from '../storage/FormStore.js';

/** A published version in a list: when and by whom. */
export interface FormVersionSummaryView {
  readonly version: number;
  readonly publishedAt: string;
  readonly publishedBy: string | null;
}

/**
 * `GET /api/forms/:id`. Admins get the draft (with the revision to send back in `If-Match`) and
 * the version list; everyone else only the published schema.
 */
export interface FormView {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  readonly published: { readonly version: number; readonly schema: FormSchema; readonly publishedAt: string } | null;
  readonly draft?: FormSchema;
  readonly draftRevision?: number;
  /** The draft differs from the published version. */
  readonly hasUnpublishedChanges?: boolean;
  readonly versions?: readonly FormVersionSummaryView[];
  readonly updatedAt: string;
  /** Admins only: when the form was archived, or null. */
  readonly archivedAt?: string | null;
  readonly archivedBy?: string | null;
}

/** An entry of a form list. */
export interface FormSummaryView {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  readonly publishedVersion: number | null;
  readonly draftRevision?: number;
  readonly hasUnpublishedChanges?: boolean;
  readonly updatedAt: string;
  /** Admins only: when the form was archived, or null. */
  readonly archivedAt?: string | null;
}

export function toFormView(form: Form, versions: readonly FormVersion[] | null): FormView {
  const base = {
    id: form.id,
    appId: form.appId,
    title: versions ? form.title : (form.published?.schema.title ?? form.title),
    published: form.published
      ? { version: form.published.version, schema: form.published.schema, publishedAt: iso(form.published.publishedAt) }
      : null,
    updatedAt: iso(form.updatedAt),
  };
  if (!versions) return base;
  return {
    ...base,
    draft: form.draft,
    draftRevision: form.draftRevision,
    hasUnpublishedChanges: hasUnpublishedChanges(form),
    versions: versions.map(toVersionSummary),
    archivedAt: form.archivedAt === null ? null : iso(form.archivedAt),
    archivedBy: form.archivedBy,
  };
}

export function toFormSummary(form: Form, forAdmin: boolean): FormSummaryView {
  const base = {
    id: form.id,
    appId: form.appId,
    title: forAdmin ? form.title : (form.published?.schema.title ?? form.title),
    publishedVersion: form.published?.version ?? null,
    updatedAt: iso(form.updatedAt),
  };
  return forAdmin
    ? { ...base, draftRevision: form.draftRevision, hasUnpublishedChanges: hasUnpublishedChanges(form), archivedAt: form.archivedAt === null ? null : iso(form.archivedAt) }
    : base;
}

export function toVersionSummary(version: Pick<FormVersion, 'version' | 'publishedAt' | 'publishedBy'>): FormVersionSummaryView {
  return { version: version.version, publishedAt: iso(version.publishedAt), publishedBy: version.publishedBy };
}

/** Drafts and versions are stored as JSON of parsed schemas, so equal text means equal forms. */
export function hasUnpublishedChanges(form: Form): boolean {
  return form.published === null || JSON.stringify(form.published.schema) !== JSON.stringify(form.draft);
}

function iso(time: number): string {
  return new Date(time).toISOString();
}

export const formViewSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    appId: { type: 'string' },
    title: { type: 'string' },
    published: {
      anyOf: [
        { type: 'object', properties: { version: { type: 'integer' }, schema: { type: 'object' }, publishedAt: { type: 'string' } } },
        { type: 'null' },
      ],
    },
    draft: { type: 'object', description: 'Admins only' },
    draftRevision: { type: 'integer', description: 'Admins only; send back as If-Match' },
    hasUnpublishedChanges: { type: 'boolean', description: 'Admins only' },
    versions: { type: 'array', items: { type: 'object' }, description: 'Admins only' },
    archivedAt: { type: ['string', 'null'], description: 'Admins only: when it was archived' },
    archivedBy: { type: ['string', 'null'], description: 'Admins only' },
    publicUrl: { type: ['string', 'null'], description: "Admins only, GET /api/forms/:id: the form's public link (/p/<token>, relative to the site) while the published version has settings.publicLink.enabled, else null" },
    updatedAt: { type: 'string' },
  },
};

export const formSummarySchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    appId: { type: 'string' },
    title: { type: 'string' },
    publishedVersion: { type: ['integer', 'null'] },
    draftRevision: { type: 'integer' },
    hasUnpublishedChanges: { type: 'boolean' },
    updatedAt: { type: 'string' },
    archivedAt: { type: ['string', 'null'], description: 'Admins only: when it was archived' },
  },
};
