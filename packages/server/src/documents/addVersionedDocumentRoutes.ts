import type { ApiRouter } from '../http/ApiRouter.js';
import { notFound } from '../http/httpErrors.js';
import { readIfMatchRevision } from '../http/ifMatch.js';
import { v } from '../http/validation/v.js';
import type { ServerContext } from '../ServerContext.js';
import type { VersionedDocument } from '../storage/DocumentStore.js';
import type { User } from '../storage/UserStore.js';
import type { DocumentKindRules } from './DocumentKindRules.js';
import { publishDocument } from './publishDocument.js';
import { saveDocumentDraft } from './saveDocumentDraft.js';
import { documentPublishResultSchema, documentSummarySchema, documentVersionListSchema, documentVersionSchema, documentViewSchema, toDocumentSummary, toDocumentVersionSummary, toDocumentView } from './versionedDocumentView.js';

/** How one kind of document is exposed over HTTP. */
export interface VersionedDocumentRoutesOptions {
  readonly rules: DocumentKindRules;
  /** The path segment: `dashboards` gives `/api/apps/:appId/dashboards` and `/api/dashboards/:id`. */
  readonly collection: string;
  /** The OpenAPI tag. */
  readonly tag: string;
  /** The engine's document type, for the OpenAPI text (`DashboardSchema`). */
  readonly schemaName: string;
  /** What the body's `schema` must be, for the OpenAPI text. */
  readonly schemaDescription: string;
  /** New ids' prefix (`dsh`). */
  readonly idPrefix: string;
  /** Whether the user may open the document at all; 404 otherwise. */
  isVisible(user: User, document: VersionedDocument): boolean;
}

/**
 * Registers the routes every versioned document kind answers exactly as forms do: admins create
 * (`POST /api/apps/:appId/<collection>`) and save drafts (`PUT`, If-Match, 409 `stale_draft`) and
 * publish them as version N+1; `GET` answers admins the draft and versions, everyone else the
 * published version when `isVisible` lets them, 404 otherwise. Returns the lookup the kind's own
 * routes use to find a document the caller may see.
 */
export function addVersionedDocumentRoutes(
  api: ApiRouter,
  context: ServerContext,
  options: VersionedDocumentRoutesOptions,
): (user: User, id: string) => Promise<VersionedDocument> {
  const { stores } = context;
  const { rules, collection, tag, schemaName } = options;
  const noun = rules.noun.en;
  const viewSchema = documentViewSchema(schemaName);
  const schemaBody = v.object({ schema: v.json(options.schemaDescription) });
  const ifMatchHeader = { 'If-Match': 'The draftRevision you read (optional); a stale one is a 409' };

  const findVisible = async (user: User, id: string): Promise<VersionedDocument> => {
    const document = await stores.documents.findById(id);
    if (!document || !options.isVisible(user, document)) throw notFound();
    return document;
  };

  api.route(
    {
      method: 'post',
      path: `/api/apps/:appId/${collection}`,
      summary: `Create a ${noun} in an app, with its schema as the first draft`,
      tags: [tag],
      access: 'admin',
      body: schemaBody,
      responses: {
        201: { description: 'Created (nothing published yet); the ETag is the draft revision', schema: viewSchema },
        400: { description: 'invalid_schema: details list the JSON pointers (into the schema) at fault' },
        404: { description: 'No such app' },
      },
    },
    async ({ res, body, user, param }) => {
      const document = await stores.transaction(async (tx) => {
        const app = await tx.apps.findById(param('appId'));
        if (!app) throw notFound();
        const schema = await rules.check(tx, app.id, body.schema);
        return tx.documents.create({ id: context.newId(options.idPrefix), kind: rules.kind, appId: app.id, formId: null, draft: schema, createdBy: user.id, createdAt: context.now() });
      });
      res.status(201).set('ETag', `"${String(document.draftRevision)}"`);
      return toDocumentView(document, []);
    },
  );

  api.route(
    {
      method: 'get',
      path: `/api/apps/:appId/${collection}`,
      summary: `An app's ${noun}s (non-admins: the published, live ones)`,
      tags: [tag],
      access: 'signedIn',
      responses: {
        200: { description: `The ${noun}s, oldest first`, schema: { type: 'object', properties: { items: { type: 'array', items: documentSummarySchema } } } },
        404: { description: 'No such app, or nothing in it for you' },
      },
    },
    async ({ user, param }) => {
      const app = await stores.apps.findById(param('appId'));
      if (!app) throw notFound();
      const documents = (await stores.documents.listByApp(app.id, rules.kind)).filter((document) => options.isVisible(user, document));
      if (user.role === 'admin') return { items: documents.map((document) => toDocumentSummary(document, true)) };
      // As for forms: an app with nothing for this user answers as if it were not there.
      if (documents.length === 0) throw notFound();
      return { items: documents.map((document) => toDocumentSummary(document, false)) };
    },
  );

  api.route(
    {
      method: 'get',
      path: `/api/${collection}/:id`,
      summary: `A ${noun}: published version, and for admins the draft, its revision and the versions`,
      tags: [tag],
      access: 'signedIn',
      responses: {
        200: { description: `The ${noun} (ETag: the draft revision, admins only)`, schema: viewSchema },
        404: { description: `No such ${noun}, or not yours to see` },
      },
    },
    async ({ res, user, param }) => {
      const document = await findVisible(user, param('id'));
      if (user.role !== 'admin') return toDocumentView(document, null);
      res.set('ETag', `"${String(document.draftRevision)}"`);
      return toDocumentView(document, await stores.documents.listVersions(document.id));
    },
  );

  api.route(
    {
      method: 'put',
      path: `/api/${collection}/:id`,
      summary: 'Save the draft (optimistic concurrency with If-Match)',
      tags: [tag],
      access: 'admin',
      body: schemaBody,
      headers: ifMatchHeader,
      responses: {
        200: { description: 'Saved; the new draftRevision is in the body and the ETag', schema: viewSchema },
        400: { description: 'invalid_schema' },
        404: { description: `No such ${noun}` },
        409: { description: 'stale_draft: someone saved since your If-Match revision (details.currentRevision)' },
      },
    },
    async ({ req, res, body, user, param }) => {
      const document = await saveDocumentDraft(context, rules, param('id'), body.schema, user.id, readIfMatchRevision(req));
      res.set('ETag', `"${String(document.draftRevision)}"`);
      return toDocumentView(document, await stores.documents.listVersions(document.id));
    },
  );

  api.route(
    {
      method: 'post',
      path: `/api/${collection}/:id/publish`,
      summary: 'Publish the draft as the next version',
      description: 'Versions are append-only and numbered 1, 2, 3…; a draft equal to the published version publishes nothing (created: false).',
      tags: [tag],
      access: 'admin',
      headers: ifMatchHeader,
      responses: {
        200: { description: 'Published', schema: documentPublishResultSchema },
        400: { description: 'invalid_schema (the draft no longer passes the checks)' },
        404: { description: `No such ${noun}` },
        409: { description: 'stale_draft' },
      },
    },
    async ({ req, user, param }) => {
      const result = await publishDocument(context, rules, param('id'), user.id, readIfMatchRevision(req));
      return { ...result, publishedAt: new Date(result.publishedAt).toISOString() };
    },
  );

  api.route(
    {
      method: 'get',
      path: `/api/${collection}/:id/versions`,
      summary: `A ${noun}'s published versions, oldest first`,
      tags: [tag],
      access: 'admin',
      responses: { 200: { description: 'The versions', schema: documentVersionListSchema }, 404: { description: `No such ${noun}` } },
    },
    async ({ param }) => {
      const document = await stores.documents.findById(param('id'));
      if (document?.kind !== rules.kind) throw notFound();
      return { items: (await stores.documents.listVersions(document.id)).map(toDocumentVersionSummary) };
    },
  );

  api.route(
    {
      method: 'get',
      path: `/api/${collection}/:id/versions/:version`,
      summary: `One published version of a ${noun}, to read or to restore as the draft`,
      tags: [tag],
      access: 'admin',
      responses: {
        200: { description: 'The version and its document', schema: documentVersionSchema(schemaName) },
        404: { description: `No such ${noun} or version` },
      },
    },
    async ({ param }) => {
      const document = await stores.documents.findById(param('id'));
      if (document?.kind !== rules.kind) throw notFound();
      const number = Number(param('version'));
      const version = Number.isSafeInteger(number) && number > 0 ? await stores.documents.findVersion(document.id, number) : undefined;
      if (!version) throw notFound();
      return { ...toDocumentVersionSummary(version), schema: version.schema };
    },
  );

  return findVisible;
}
