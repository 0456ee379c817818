import { requireValidFormSchema } from '../forms/checkFormSchema.js';
import { formSummarySchema, formViewSchema, toFormSummary, toFormView, toVersionSummary } from '../forms/formView.js';
import { publishForm, staleDraft } from '../forms/publishForm.js';
import { ApiRouter } from '../http/ApiRouter.js';
import { notFound } from '../http/httpErrors.js';
import { readIfMatchRevision } from '../http/ifMatch.js';
import { v } from '../http/validation/v.js';
import { canReadForm } from '../permissions/formAccess.js';
import { publicUrlOf } from '../publicForms/publicUrlOf.js';
import { viewerOf } from '../permissions/Viewer.js';
import { formArchived, formNotArchived } from '../records/recordErrors.js';
import type { ServerContext } from '../ServerContext.js';
import type { Form } from '../storage/FormStore.js';
import type { User } from '../storage/UserStore.js';

const schemaBody = v.object({ schema: v.json('A FormSchema document (kind "form"), checked by the engine') });

const ifMatchHeader = { 'If-Match': 'The draftRevision you read (optional); a stale one is a 409' };

/**
 * Forms: drafts (admins only, saved with optimistic concurrency) and published versions (N+1 on
 * every publish, never changed afterwards). Non-admins see published forms they may read, and get
 * 404 for anything else — including drafts.
 */
export function formRoutes(context: ServerContext): ApiRouter {
  const { stores } = context;
  const api = new ApiRouter();

  /** The form if this user may see it; admins see every form, others readable published ones. */
  const findVisibleForm = async (user: User, id: string): Promise<Form> => {
    const form = await stores.forms.findById(id);
    if (!form) throw notFound();
    if (user.role === 'admin') return form;
    if (form.archivedAt !== null || !form.published || !canReadForm(await viewerOf(stores, user), form.published.schema)) throw notFound();
    return form;
  };

  api.route(
    {
      method: 'post',
      path: '/api/apps/:appId/forms',
      summary: 'Create a form in an app, with its schema as the first draft',
      tags: ['forms'],
      access: 'admin',
      body: schemaBody,
      responses: {
        201: { description: 'Created (nothing published yet)', schema: formViewSchema },
        400: { description: 'invalid_schema: details list the JSON pointers (into the schema) at fault' },
        404: { description: 'No such app' },
      },
    },
    async ({ res, body, user, param }) => {
      const schema = requireValidFormSchema(body.schema);
      const form = await stores.transaction(async (tx) => {
        if (!(await tx.apps.findById(param('appId')))) throw notFound();
        return tx.forms.create({ id: context.newId('frm'), appId: param('appId'), draft: schema, createdBy: user.id, createdAt: context.now() });
      });
      res.status(201).set('ETag', `"${form.draftRevision}"`);
      return toFormView(form, []);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/apps/:appId/forms',
      summary: "An app's forms (non-admins: the published, live ones they may read; admins also see archived ones, with archivedAt)",
      tags: ['forms'],
      access: 'signedIn',
      responses: {
        200: { description: 'The forms', schema: { type: 'object', properties: { items: { type: 'array', items: formSummarySchema } } } },
        404: { description: 'No such app, or nothing in it for you' },
      },
    },
    async ({ user, param }) => {
      const app = await stores.apps.findById(param('appId'));
      if (!app) throw notFound();
      const forms = await stores.forms.listByApp(app.id);
      if (user.role === 'admin') return { items: forms.map((form) => toFormSummary(form, true)) };
      const viewer = await viewerOf(stores, user);
      const readable = forms.filter((form) => form.archivedAt === null && form.published && canReadForm(viewer, form.published.schema));
      if (readable.length === 0) throw notFound();
      return { items: readable.map((form) => toFormSummary(form, false)) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/forms/:id',
      summary: 'A form: published version, and for admins the draft, its revision and the versions',
      tags: ['forms'],
      access: 'signedIn',
      responses: { 200: { description: 'The form (ETag: the draft revision, admins only)', schema: formViewSchema }, 404: { description: 'No such form, or not yours to read' } },
    },
    async ({ res, user, param }) => {
      const form = await findVisibleForm(user, param('id'));
      if (user.role !== 'admin') return toFormView(form, null);
      res.set('ETag', `"${form.draftRevision}"`);
      // The form's own public link, once the published version opens it (made on first ask).
      const open = form.published?.schema.settings?.publicLink?.enabled === true && form.archivedAt === null;
      return { ...toFormView(form, await stores.forms.listVersions(form.id)), publicUrl: open ? await publicUrlOf(context, form.id, null) : null };
    },
  );

  api.route(
    {
      method: 'put',
      path: '/api/forms/:id',
      summary: 'Save the draft (optimistic concurrency with If-Match)',
      tags: ['forms'],
      access: 'admin',
      body: schemaBody,
      headers: ifMatchHeader,
      responses: {
        200: { description: 'Saved; the new draftRevision is in the body and the ETag', schema: formViewSchema },
        400: { description: 'invalid_schema' },
        404: { description: 'No such form' },
        409: { description: 'stale_draft: someone saved since your If-Match revision' },
      },
    },
    async ({ req, res, body, user, param }) => {
      const expected = readIfMatchRevision(req);
      const schema = requireValidFormSchema(body.schema);
      const form = await stores.transaction(async (tx) => {
        const current = await tx.forms.findById(param('id'));
        if (!current) throw notFound();
        if (expected !== undefined && expected !== current.draftRevision) throw staleDraft(current.draftRevision);
        const saved = await tx.forms.saveDraft(current.id, schema, current.draftRevision, user.id, context.now());
        if (saved === undefined) throw staleDraft(current.draftRevision);
        const updated = await tx.forms.findById(current.id);
        if (!updated) throw notFound();
        return updated;
      });
      res.set('ETag', `"${form.draftRevision}"`);
      return toFormView(form, await stores.forms.listVersions(form.id));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/forms/:id/publish',
      summary: 'Publish the draft as the next version',
      description:
        'Versions are append-only. Removed fields keep their values in records; changes.retyped lists type changes whose values the records layer converts (reports say what could not be).',
      tags: ['forms'],
      access: 'admin',
      headers: ifMatchHeader,
      responses: {
        200: { description: 'Published (created: false when the draft equalled the current version)' },
        400: { description: 'invalid_schema' },
        404: { description: 'No such form' },
        409: { description: 'stale_draft' },
      },
    },
    async ({ req, user, param }) => {
      const result = await publishForm(context, param('id'), user.id, readIfMatchRevision(req));
      return { ...result, publishedAt: new Date(result.publishedAt).toISOString() };
    },
  );

  for (const archived of [true, false]) {
    api.route(
      {
        method: 'post',
        path: archived ? '/api/forms/:id/archive' : '/api/forms/:id/unarchive',
        summary: archived ? 'Archive a form: hidden from all but admins, its records kept read-only' : 'Bring an archived form back',
        description: archived
          ? 'Nothing is deleted: the form, its versions and its records stay; admins still read and export the records; submitting, importing and changing records answer 409 form_archived until it is unarchived.'
          : 'The form and its records are back as they were.',
        tags: ['forms'],
        access: 'admin',
        responses: {
          200: { description: 'The form, with archivedAt', schema: formViewSchema },
          404: { description: 'No such form' },
          409: { description: archived ? 'form_archived: it already is' : 'form_not_archived' },
        },
      },
      async ({ user, param }) => {
        const form = await stores.transaction(async (tx) => {
          const current = await tx.forms.findById(param('id'));
          if (!current) throw notFound();
          if (!(await tx.forms.setArchived(current.id, archived ? { at: context.now(), by: user.id } : null))) throw archived ? formArchived() : formNotArchived();
          return (await tx.forms.findById(current.id)) ?? current;
        });
        return toFormView(form, await stores.forms.listVersions(form.id));
      },
    );
  }

  api.route(
    {
      method: 'get',
      path: '/api/forms/:id/versions/:version',
      summary: 'One published version of a form',
      tags: ['forms'],
      access: 'signedIn',
      responses: {
        200: { description: 'The version', schema: { type: 'object', properties: { version: { type: 'integer' }, schema: { type: 'object' }, publishedAt: { type: 'string' } } } },
        404: { description: 'No such form or version, or not yours to read' },
      },
    },
    async ({ user, param }) => {
      const form = await findVisibleForm(user, param('id'));
      const number = Number(param('version'));
      const version = Number.isInteger(number) && number > 0 ? await stores.forms.findVersion(form.id, number) : undefined;
      if (!version) throw notFound();
      return { ...toVersionSummary(version), schema: version.schema };
    },
  );

  return api;
}
