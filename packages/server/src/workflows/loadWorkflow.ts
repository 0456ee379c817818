import { parseWorkflowSchema, type WorkflowSchema } from '@formwork/runtime';
import type { DocumentVersion } from '../storage/DocumentStore.js';
import type { Stores } from '../storage/Stores.js';

/** A published workflow version, parsed: what the engine runs. */
export interface RunnableWorkflow {
  readonly documentId: string;
  readonly version: number;
  readonly schema: WorkflowSchema;
}

/**
 * The workflow new records of the form start on: the published version of the form's workflow
 * document, unless it was archived. Undefined when there is none (records are stored and that is
 * the end of it).
 */
export async function findActiveWorkflow(stores: Pick<Stores, 'documents'>, formId: string): Promise<RunnableWorkflow | undefined> {
  const document = await stores.documents.findByForm(formId, 'workflow');
  if (!document || document.archivedAt !== null || document.published === null) return undefined;
  return runnable(document.published);
}

/**
 * The version an instance runs on (in-flight instances finish on the version they started on,
 * however many were published since). Throws when it is gone: versions are append-only, so that
 * is a broken database, not a user's mistake.
 */
export async function loadWorkflowVersion(stores: Pick<Stores, 'documents'>, formId: string, version: number): Promise<RunnableWorkflow> {
  const document = await stores.documents.findByForm(formId, 'workflow');
  const found = document ? await stores.documents.findVersion(document.id, version) : undefined;
  if (!found) throw new Error(`workflow version ${String(version)} of form ${formId} is missing`);
  return runnable(found);
}

function runnable(version: DocumentVersion): RunnableWorkflow {
  const parsed = parseWorkflowSchema(version.schema);
  // Published versions were checked when they were published; a refusal now is a bug to surface.
  if (!parsed.ok) throw new Error(`published workflow ${version.documentId} v${String(version.version)} no longer parses: ${parsed.errors[0]?.message.en ?? ''}`);
  return { documentId: version.documentId, version: version.version, schema: parsed.value };
}
