import { ApiRouter } from '../http/ApiRouter.js';
import { forbidden, notFound } from '../http/httpErrors.js';
import { v } from '../http/validation/v.js';
import { canReadForm, canSubmitForm } from '../permissions/formAccess.js';
import { viewerOf } from '../permissions/Viewer.js';
import { openPublicForm, publicSchemaOf } from '../publicForms/openPublicForm.js';
import { PublicSubmissionLimiter } from '../publicForms/PublicSubmissionLimiter.js';
import { publicUrlOf } from '../publicForms/publicUrlOf.js';
import { loadRecordForm } from '../records/loadRecordForm.js';
import { invalidIdempotencyKey } from '../records/recordErrors.js';
import { submitRecord } from '../records/submitRecord.js';
import type { ServerContext } from '../ServerContext.js';

const idempotencyKeyPattern = /^[\x21-\x7e]{1,200}$/;
const tokenPattern = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * Public forms (外链): a form whose published version has `settings.publicLink.enabled` can be
 * read and submitted by anyone holding one of its tokens, without a session — and nothing else:
 * these two routes answer only the published schema (settings stripped) and an acknowledgement,
 * never a record, a list or another form. Submissions go through the same engine path as a
 * signed-in submit, owned by the link's rep or the form's public-submission owner, within a
 * per-address rate limit and a small body limit (`settings.publicForms`). The personal link of a
 * signed-in rep is `GET /api/forms/:id/public-link`.
 */
export function publicFormRoutes(context: ServerContext): ApiRouter {
  const { stores } = context;
  const api = new ApiRouter();
  const limiter = new PublicSubmissionLimiter(stores, context.settings.publicForms, context.now);
  const tokenOf = (raw: string): string => {
    if (!tokenPattern.test(raw)) throw notFound();
    return raw;
  };

  api.route(
    {
      method: 'get',
      path: '/api/public/:token',
      summary: 'A public form: its published schema, for anyone with the link',
      description: 'No session needed. Only the schema (settings other than submitText left out) and the version; an unknown token, a switched-off link or an archived form is a 404.',
      tags: ['public'],
      access: 'public',
      responses: {
        200: { description: 'The form', schema: { type: 'object', properties: { title: { type: 'string' }, version: { type: 'integer' }, schema: { type: 'object' } } } },
        404: { description: 'No such link, or the form is not open to the public' },
      },
    },
    async ({ param }) => {
      const { form } = await openPublicForm(stores, tokenOf(param('token')));
      const schema = publicSchemaOf(form.version.schema);
      return { title: schema.title, version: form.version.version, schema };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/public/:token/records',
      summary: 'Submit a public form',
      description:
        "No session needed; JSON only (like every write). Checked by the engine exactly as a signed-in submit; the record belongs to the personal link's rep, else the form's settings.publicLink.ownerId, else its creator. The answer acknowledges the submit and shows no record data. Rate-limited per address (429 with Retry-After) and limited in size (413).",
      tags: ['public'],
      access: 'public',
      body: v.object({ data: v.json('Record data keyed by field id (see the form schema); checked by the engine') }),
      headers: { 'Idempotency-Key': 'Optional, 1–200 visible characters: a retry with the same key and data makes no second record' },
      responses: {
        201: { description: 'Submitted. A replay carries Idempotent-Replayed: true', schema: { type: 'object', properties: { submitted: { type: 'boolean' }, submittedAt: { type: 'string' } } } },
        400: { description: 'invalid_record: details list each field error (fieldId, pointer, message)' },
        404: { description: 'No such link, or the form is not open to the public' },
        409: { description: 'duplicate_value (a unique field)' },
        413: { description: 'body_too_large (settings.publicForms.bodyLimitBytes)' },
        422: { description: 'idempotency_key_reused' },
        429: { description: 'too_many_submissions from this address; see Retry-After' },
      },
    },
    async ({ req, res, body, locale, param }) => {
      const key = req.get('idempotency-key');
      if (key !== undefined && !idempotencyKeyPattern.test(key)) throw invalidIdempotencyKey();
      await limiter.admit(req.ip ?? '');
      const opened = await openPublicForm(stores, tokenOf(param('token')));
      // Keys live in the owner's key space: prefixed with the link, a stranger's key can never
      // replay the owner's own submits (nor another link's).
      const outcome = await submitRecord(context, opened, body.data, locale, key === undefined ? undefined : `public:${opened.link.token}:${key}`);
      res.status(201);
      if (outcome.replayed) res.set('Idempotent-Replayed', 'true');
      return { submitted: true, submittedAt: outcome.view.createdAt };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/forms/:id/public-link',
      summary: 'Your personal public link to a form: what strangers submit through it is yours',
      description: "For anyone who may submit to the form, when its published version has settings.publicLink.enabled. The same link every time. The form's own link (owned by its public-submission owner) is publicUrl in GET /api/forms/:id (admins).",
      tags: ['public'],
      access: 'signedIn',
      responses: {
        200: { description: 'The link, relative to the site', schema: { type: 'object', properties: { url: { type: 'string' } } } },
        403: { description: 'You may read this form but not submit to it' },
        404: { description: 'No such form, not yours to read, archived, or its public link is off' },
      },
    },
    async ({ user, param }) => {
      const form = await loadRecordForm(stores, param('id'));
      if (!form || form.archived) throw notFound();
      const schema = form.version.schema;
      const viewer = await viewerOf(stores, user);
      if (!canReadForm(viewer, schema) || schema.settings?.publicLink?.enabled !== true) throw notFound();
      if (!canSubmitForm(viewer, schema)) throw forbidden();
      return { url: await publicUrlOf(context, form.formId, user.id) };
    },
  );

  return api;
}
