import type { AppBundle } from './appBundle/AppBundle.js';
import { parseAppBundle } from './appBundle/parseAppBundle.js';
import { checkDocumentKind } from './checkDocumentKind.js';
import { copyJsonDocument } from './copyJsonDocument.js';
import type { DashboardSchema } from './dashboard/DashboardSchema.js';
import { parseDashboardSchema } from './dashboard/parseDashboardSchema.js';
import type { ParseResult } from './DocumentIssue.js';
import type { FormSchema } from './form/FormSchema.js';
import { parseFormSchema } from './form/parseFormSchema.js';
import type { JsonObject } from './JsonValue.js';
import { parseScoringSchema } from './scoring/parseScoringSchema.js';
import type { ScoringSchema } from './scoring/ScoringSchema.js';
import { parseWorkflowSchema } from './workflow/parseWorkflowSchema.js';
import type { WorkflowSchema } from './workflow/WorkflowSchema.js';

/** Any document Formwork reads; `kind` tells which. */
export type FormworkDocument = FormSchema | WorkflowSchema | ScoringSchema | DashboardSchema | AppBundle;

/**
 * Reads a document of any kind, dispatching on its `kind` (for an importer that takes whatever
 * file it is given). Never throws.
 *
 * @example
 * const result = parseDocument(JSON.parse(file));
 * if (result.ok && result.value.kind === 'form') openFormDesigner(result.value);
 */
export function parseDocument(input: unknown): ParseResult<FormworkDocument> {
  // Copied first so that reading `kind` cannot trip a getter or a proxy of hostile input.
  const copy = copyJsonDocument(input);
  if (!copy.ok) return copy;
  const kindIssue = checkDocumentKind(copy.value);
  if (kindIssue !== undefined) return { ok: false, errors: [kindIssue] };
  const document = copy.value as JsonObject;
  switch (document['kind']) {
    case 'form':
      return parseFormSchema(document);
    case 'workflow':
      return parseWorkflowSchema(document);
    case 'scoring':
      return parseScoringSchema(document);
    case 'dashboard':
      return parseDashboardSchema(document);
    default:
      // 'appBundle', the one kind left: checkDocumentKind accepted only known kinds.
      return parseAppBundle(document);
  }
}
