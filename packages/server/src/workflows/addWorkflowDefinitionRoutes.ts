import { documentPublishResultSchema, documentVersionListSchema, documentViewSchema, toDocumentVersionSummary, toDocumentView } from '../documents/versionedDocumentView.js';
import { publishDocument } from '../documents/publishDocument.js';
import { saveDocumentDraft } from '../documents/saveDocumentDraft.js';
import type { ApiRouter } from '../http/ApiRouter.js';
import { notFound } from '../http/httpErrors.js';
import { readIfMatchRevision } from '../http/ifMatch.js';
import { v } from '../http/validation/v.js';
import type { ServerContext } from '../ServerContext.js';
import type { VersionedDocument } from '../storage/DocumentStore.js';
import { workflowRules } from './workflowRules.js';

const schemaBody = v.object({ schema: v.json('A WorkflowSchema document (kind "workflow"); its formId is set to this form') });
const ifMatchHeader = { 'If-Match': 'The draftRevision you read (optional); a stale one is a 409' };

/**
 * A form's workflow, as forms are edited: the draft saved with If-Match (the first save creates
 * it), published into numbered versions after the graph checks, versions listed. Admins only;
 * through the shared versioned-document code (`src/documents/`), as dashboards and scoring schemes.
 */
export function addWorkflowDefinitionRoutes(api: ApiRouter, context: ServerContext): void {
  const { stores } = context;
  const viewSchema = documentViewSchema('WorkflowSchema');

  const findWorkflow = async (formId: string): Promise<VersionedDocument> => {
    const workflow = await stores.documents.findByForm(formId, 'workflow');
    if (!workflow) throw notFound();
    return workflow;
  };

  api.route(
    {
      method: 'get',
      path: '/api/forms/:id/workflow',
      summary: "The form's workflow: draft, revision, published version and versions",
      tags: ['workflows'],
      access: 'admin',
      responses: { 200: { description: 'The workflow (ETag: the draft revision)', schema: viewSchema }, 404: { description: 'No such form, or it has no workflow yet' } },
    },
    async ({ res, param }) => {
      const workflow = await findWorkflow(param('id'));
      res.set('ETag', `"${String(workflow.draftRevision)}"`);
      return toDocumentView(workflow, await stores.documents.listVersions(workflow.id));
    },
  );

  api.route(
    {
      method: 'put',
      path: '/api/forms/:id/workflow',
      summary: "Save the form's workflow draft (the first save creates it; If-Match after that)",
      description: 'A draft may still have faults the publish checks refuse (unreachable nodes, no default branch, no approvers, unknown fields): the designer shows them before publishing.',
      tags: ['workflows'],
      access: 'admin',
      body: schemaBody,
      headers: ifMatchHeader,
      responses: {
        200: { description: 'Saved; the new draftRevision is in the body and the ETag', schema: viewSchema },
        400: { description: 'invalid_schema: details list the JSON pointers (into the schema) at fault' },
        404: { description: 'No such form' },
        409: { description: 'stale_draft (details.currentRevision)' },
      },
    },
    async ({ req, res, body, user, param }) => {
      const formId = param('id');
      const rules = workflowRules(formId, false);
      const existing = await stores.documents.findByForm(formId, 'workflow');
      const saved = existing
        ? await saveDocumentDraft(context, rules, existing.id, body.schema, user.id, readIfMatchRevision(req))
        : await stores.transaction(async (tx) => {
            const form = await tx.forms.findById(formId);
            if (!form) throw notFound();
            const schema = await rules.check(tx, form.appId, body.schema);
            return tx.documents.create({ id: context.newId('wfl'), kind: 'workflow', appId: form.appId, formId, draft: schema, createdBy: user.id, createdAt: context.now() });
          });
      res.set('ETag', `"${String(saved.draftRevision)}"`);
      return toDocumentView(saved, await stores.documents.listVersions(saved.id));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/forms/:id/workflow/publish',
      summary: "Publish the form's workflow draft as the next version; new records start on it",
      description: 'Checks the graph first: unreachable nodes, a condition without a default branch, an approval without approvers, fields the form does not have — each fault names its node and points into the schema. Running flows finish on the version they started on.',
      tags: ['workflows'],
      access: 'admin',
      headers: ifMatchHeader,
      responses: {
        200: { description: 'Published', schema: documentPublishResultSchema },
        400: { description: 'invalid_schema: the faults, each with its node name and pointer' },
        404: { description: 'No such form, or it has no workflow' },
        409: { description: 'stale_draft, form_not_published' },
      },
    },
    async ({ req, user, param }) => {
      const workflow = await findWorkflow(param('id'));
      const result = await publishDocument(context, workflowRules(param('id'), true), workflow.id, user.id, readIfMatchRevision(req));
      return { ...result, publishedAt: new Date(result.publishedAt).toISOString() };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/forms/:id/workflow/versions',
      summary: "The form's published workflow versions, oldest first",
      tags: ['workflows'],
      access: 'admin',
      responses: { 200: { description: 'The versions', schema: documentVersionListSchema }, 404: { description: 'No such form, or it has no workflow' } },
    },
    async ({ param }) => ({ items: (await stores.documents.listVersions((await findWorkflow(param('id'))).id)).map(toDocumentVersionSummary) }),
  );
}
