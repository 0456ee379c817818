import { HttpError } from '../http/HttpError.js';
import { notFound } from '../http/httpErrors.js';
import type { ServerContext } from '../ServerContext.js';
import type { FormVersion } from '../storage/FormStore.js';
import { checkFormSchema, invalidSchema } from './checkFormSchema.js';
import { diffFormSchemas, type FormChanges } from './diffFormSchemas.js';
import { hasUnpublishedChanges } from './formView.js';

/** What a publish did. */
export interface PublishResult {
  readonly version: number;
  /** False when the draft equalled the published version: nothing new was written. */
  readonly created: boolean;
  readonly publishedAt: number;
  readonly changes: FormChanges;
  /** Each FormPublishHook's report, by hook name (e.g. values that could not be converted). */
  readonly reports: Readonly<Record<string, unknown>>;
}

/**
 * Publishes a form's draft as version N+1, in one transaction with every FormPublishHook.
 * Versions are append-only, so records saved under earlier versions keep their definitions.
 *
 * @param expectedRevision the draft revision the publisher looked at (from If-Match), if given:
 *   publishing a draft someone changed since is a 409.
 */
export async function publishForm(
  context: Pick<ServerContext, 'stores' | 'now' | 'formPublishHooks'>,
  formId: string,
  publishedBy: string,
  expectedRevision: number | undefined,
): Promise<PublishResult> {
  const { stores } = context;
  let attemptedRevision: number | undefined;
  try {
    return await publishIn(context, formId, publishedBy, expectedRevision, (revision) => (attemptedRevision = revision));
  } catch (error) {
    // Two publishes of one draft at once (several processes on PostgreSQL): the later one's
    // version number was taken by the earlier. Answer as a publish that found nothing new does —
    // as it would have, had it come a moment later (on SQLite, one waits for the other).
    const form = attemptedRevision === undefined ? undefined : await stores.forms.findById(formId);
    const published = form?.published;
    if (published?.draftRevision !== attemptedRevision || !published) throw error;
    return { version: published.version, created: false, publishedAt: published.publishedAt, changes: diffFormSchemas(published.schema, published.schema), reports: {} };
  }
}

function publishIn(
  context: Pick<ServerContext, 'stores' | 'now' | 'formPublishHooks'>,
  formId: string,
  publishedBy: string,
  expectedRevision: number | undefined,
  attempting: (draftRevision: number) => void,
): Promise<PublishResult> {
  return context.stores.transaction(async (tx) => {
    const form = await tx.forms.findById(formId);
    if (!form) throw notFound();
    if (expectedRevision !== undefined && expectedRevision !== form.draftRevision) throw staleDraft(form.draftRevision);
    const previous = form.published;
    if (previous && !hasUnpublishedChanges(form)) {
      return { version: previous.version, created: false, publishedAt: previous.publishedAt, changes: diffFormSchemas(previous.schema, previous.schema), reports: {} };
    }
    // Drafts were checked when saved; checked again because the engine's rules may have grown
    // stricter since, and a published version must always compile.
    const checked = checkFormSchema(form.draft);
    if (!checked.ok) throw invalidSchema(checked.issues);
    attempting(form.draftRevision);
    const next: FormVersion = {
      formId,
      version: (previous?.version ?? 0) + 1,
      schema: checked.schema,
      draftRevision: form.draftRevision,
      publishedAt: context.now(),
      publishedBy,
    };
    await tx.forms.addVersion(next);
    const changes = diffFormSchemas(previous?.schema ?? null, next.schema);
    const reports: Record<string, unknown> = {};
    for (const hook of context.formPublishHooks) {
      const report = await hook.onPublish({ formId, previous, next, changes, publishedBy, now: next.publishedAt }, tx);
      if (report !== undefined) reports[hook.name] = report;
    }
    return { version: next.version, created: true, publishedAt: next.publishedAt, changes, reports };
  });
}

/** 409 for a draft changed since the caller read it; details carry the current revision. */
export function staleDraft(currentRevision: number): HttpError {
  return new HttpError(
    409,
    'stale_draft',
    { 'zh-CN': '表单草稿已被他人修改，请刷新后再试', en: 'Someone else changed this draft; reload and try again' },
    { currentRevision },
  );
}
