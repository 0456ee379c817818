import { parseWorkflowSchema, type AppBundle, type DocumentIssue, type JsonObject } from '@formwork/runtime';
import { dashboardRules } from '../dashboards/dashboardRules.js';
import type { DocumentKindRules } from '../documents/DocumentKindRules.js';
import { checkFormSchema } from '../forms/checkFormSchema.js';
import { publishForm } from '../forms/publishForm.js';
import { HttpError, type ErrorDetail } from '../http/HttpError.js';
import { scoringRules } from '../scoring/scoringRules.js';
import type { ServerContext } from '../ServerContext.js';
import type { App } from '../storage/AppStore.js';
import type { VersionedDocumentKind } from '../storage/DocumentStore.js';
import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';
import { installBundleRoles, rebindRoleKeys } from './installBundleRoles.js';
import { rebindFormKeys } from './rebindFormKeys.js';
import { invalidBundle } from './templateErrors.js';

/** What an install made of a bundle's documents: the app, and each document's key → new id. */
export interface InstalledDocuments {
  readonly app: App;
  readonly forms: readonly { readonly key: string; readonly id: string; readonly title: string }[];
  readonly documents: readonly { readonly kind: VersionedDocumentKind; readonly key: string; readonly id: string }[];
  /** Each bundle role's key → the organisation role it became (see `installBundleRoles`). */
  readonly roleIds: ReadonlyMap<string, string>;
}

/**
 * Inside the install's transaction `tx`: a new app, the bundle's roles as organisation roles, every
 * form created and published in bundle order, then the workflows, scoring schemes and dashboards
 * stored through `documents` and published — each with its form keys rebound to the new form ids,
 * its role keys to the stored roles, and checked as the routes check
 * a client's document (the engine, and against the app's forms). A document that fails is
 * refused with pointers into the bundle; the caller's transaction leaves nothing behind.
 */
export async function installBundleDocuments(
  context: Pick<ServerContext, 'settings' | 'now' | 'newId' | 'formPublishHooks'>,
  tx: Stores,
  templateName: string,
  bundle: AppBundle,
  installedBy: User,
): Promise<InstalledDocuments> {
  const now = context.now();
  // Every id first: a form may link to itself, documents name forms by key, and the app keeps both.
  const formIds = new Map(bundle.forms.map((form) => [form.key, context.newId('frm')]));
  const scoringIds = new Map(bundle.scorings.map((scoring) => [scoring.key, context.newId('sco')]));
  const origin = { template: templateName, forms: Object.fromEntries(formIds), scorings: Object.fromEntries(scoringIds) };
  // Quick forms name form keys, as every reference inside a bundle does (checkBundleReferences refuses others).
  const quickForms = (bundle.app.quickForms ?? []).flatMap((key) => formIds.get(key) ?? []);
  const app = await tx.apps.create({ id: context.newId('app'), name: bundle.app.name, description: bundle.app.description, icon: bundle.app.icon ?? null, color: bundle.app.color ?? null, quickForms, createdBy: installedBy.id, createdAt: now, origin });
  const roleIds = await installBundleRoles(tx, bundle.roles, now);
  const forms: { key: string; id: string; title: string }[] = [];
  for (const [index, entry] of bundle.forms.entries()) {
    const checked = checkFormSchema(rebindFormKeys(entry.schema, formIds));
    if (!checked.ok) throw invalidBundle(templateName, within(`/forms/${index}/schema`, checked.issues));
    const id = formIds.get(entry.key) as string;
    await tx.forms.create({ id, appId: app.id, draft: checked.schema, createdBy: installedBy.id, createdAt: now });
    await publishForm({ stores: tx, now: context.now, formPublishHooks: context.formPublishHooks }, id, installedBy.id, undefined);
    forms.push({ key: entry.key, id, title: checked.schema.title });
  }

  const documents: { kind: VersionedDocumentKind; key: string; id: string }[] = [];
  const store = async (rules: DocumentKindRules, idOf: (key: string) => string, collection: string, entries: AppBundle['workflows' | 'scorings' | 'dashboards'], formIdOf: (schema: JsonObject) => string | null): Promise<void> => {
    for (const [index, entry] of entries.entries()) {
      const schema = await checkedDocument(rules, tx, app.id, rebindRoleKeys(rebindFormKeys(entry.schema, formIds), roleIds), templateName, `/${collection}/${index}/schema`);
      const document = await tx.documents.create({ id: idOf(entry.key), kind: rules.kind, appId: app.id, formId: formIdOf(schema), draft: schema, createdBy: installedBy.id, createdAt: now });
      const published = await tx.documents.publish(document.id, { draftRevision: document.draftRevision, schema, publishedAt: context.now(), publishedBy: installedBy.id });
      if (!published) throw new Error(`the new ${rules.kind} ${document.id} could not be published`);
      documents.push({ kind: rules.kind, key: entry.key, id: document.id });
    }
  };
  await store(workflowRules(formIds), () => context.newId('wfl'), 'workflows', bundle.workflows, (schema) => (typeof schema['formId'] === 'string' ? schema['formId'] : null));
  await store(scoringRules(context), (key) => scoringIds.get(key) as string, 'scorings', bundle.scorings, () => null);
  await store(dashboardRules, () => context.newId('dsh'), 'dashboards', bundle.dashboards, () => null);
  return { app, forms, documents, roleIds };
}

/**
 * Workflows have no authoring routes yet, so no shared rules: the engine's parser, and the form
 * it moves must be one of this install's (the bundle's references were checked by key).
 */
function workflowRules(formIds: ReadonlyMap<string, string>): DocumentKindRules {
  const installed = new Set(formIds.values());
  return {
    kind: 'workflow',
    noun: { 'zh-CN': '流程', en: 'workflow' },
    check: async (_stores, _appId, input) => {
      const parsed = parseWorkflowSchema(input);
      if (!parsed.ok) throw new HttpError(400, 'invalid_schema', { 'zh-CN': '流程定义有误', en: 'The workflow is invalid' }, parsed.errors.map(detailOf));
      if (!installed.has(parsed.value.formId)) {
        throw new HttpError(400, 'invalid_schema', { 'zh-CN': '流程定义有误', en: 'The workflow is invalid' }, [
          { pointer: '/formId', code: 'unknownForm', message: { 'zh-CN': '流程的表单不在此应用中', en: "The workflow's form is not in this app" } },
        ]);
      }
      return parsed.value as unknown as JsonObject;
    },
  };
}

/** The document checked by `rules`, or the bundle refused with the check's pointers moved under `prefix`. */
export async function checkedDocument(rules: DocumentKindRules, tx: Stores, appId: string, input: unknown, templateName: string, prefix: string): Promise<JsonObject> {
  try {
    return await rules.check(tx, appId, input);
  } catch (error) {
    if (!(error instanceof HttpError) || error.status !== 400) throw error;
    const details: readonly ErrorDetail[] = Array.isArray(error.details) ? (error.details as readonly ErrorDetail[]) : [{ pointer: '', code: error.code, message: error.text }];
    throw invalidBundle(templateName, within(prefix, details));
  }
}

function within(prefix: string, issues: readonly ErrorDetail[]): ErrorDetail[] {
  return issues.map((issue) => ({ ...issue, pointer: `${prefix}${issue.pointer}` }));
}

function detailOf(issue: DocumentIssue): DocumentIssue {
  return { pointer: issue.pointer, code: issue.code, message: issue.message };
}
