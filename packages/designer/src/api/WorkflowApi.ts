import type { WorkflowSchema } from '@formwork/runtime';

/** A published workflow version in a list: when and by whom. */
export interface WorkflowVersionSummary {
  readonly version: number;
  readonly publishedAt: string;
  readonly publishedBy: string | null;
}

/**
 * A form's workflow as an admin reads it (`GET /api/forms/:id/workflow`). The draft is JSON the
 * designer parses with `parseWorkflowSchema` before trusting it.
 */
export interface WorkflowDocument {
  readonly draft: unknown;
  readonly draftRevision: number;
  readonly published: { readonly version: number; readonly publishedAt: string } | null;
  readonly hasUnpublishedChanges?: boolean;
  readonly versions: readonly WorkflowVersionSummary[];
}

/** One fault of a refused publish (`400 invalid_schema`): a pointer into the workflow and its message. */
export interface WorkflowFault {
  readonly pointer: string;
  readonly code: string;
  readonly message: string;
}

/** The calls of the flow designer. Every method rejects with an `ApiError`. */
export interface WorkflowApi {
  /** The form's workflow, or `null` when it has none yet (a 404). */
  getWorkflow(formId: string): Promise<WorkflowDocument | null>;
  /** Saves the draft; `revision` (If-Match) after the first save, a 409 `ApiError` when someone else saved. */
  saveWorkflow(formId: string, schema: WorkflowSchema, revision: number | null): Promise<WorkflowDocument>;
  /** Publishes the draft at `revision`; a 400 `invalid_schema` lists the faults (`WorkflowFault[]` in details). */
  publishWorkflow(formId: string, revision: number): Promise<{ readonly version: number }>;
}

/** The faults of a refused publish, from an `ApiError`'s details (nothing usable: none). */
export function workflowFaultsOf(details: unknown): WorkflowFault[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { pointer, code, message } = entry as Record<string, unknown>;
    return typeof pointer === 'string' && typeof message === 'string' ? [{ pointer, code: typeof code === 'string' ? code : '', message }] : [];
  });
}
