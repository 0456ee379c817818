import type { ParseResult } from '../DocumentIssue.js';
import { validateWorkflowAllFaults } from '../generated/validateWorkflowAllFaults.js';
import { validateWorkflowFirstFault } from '../generated/validateWorkflowFirstFault.js';
import { checkMetaSchemaWith } from '../MetaSchemaCheck.js';
import { parseWithSpec, type DocumentSpec } from '../parseWithSpec.js';
import { checkWorkflowGraph } from './checkWorkflowGraph.js';
import { workflowGlossary } from './workflowGlossary.js';
import { workflowMigrations } from './workflowMigrations.js';
import { WORKFLOW_SCHEMA_VERSION, type WorkflowSchema } from './WorkflowSchema.js';

const workflowSpec: DocumentSpec<WorkflowSchema> = {
  kind: 'workflow',
  currentVersion: WORKFLOW_SCHEMA_VERSION,
  migrations: workflowMigrations,
  metaSchema: checkMetaSchemaWith(validateWorkflowFirstFault, validateWorkflowAllFaults),
  glossary: workflowGlossary,
  refine: (workflow) => {
    const errors = checkWorkflowGraph(workflow);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: workflow };
  },
};

/**
 * Reads a workflow document: migrates it forward, checks it against the workflow meta-schema and
 * its graph (unique ids, edges between existing nodes, one start, an end). Never throws.
 *
 * @example
 * const result = parseWorkflowSchema(body);
 * if (result.ok) saveWorkflow(result.value);
 */
export function parseWorkflowSchema(input: unknown): ParseResult<WorkflowSchema> {
  return parseWithSpec(input, workflowSpec);
}
