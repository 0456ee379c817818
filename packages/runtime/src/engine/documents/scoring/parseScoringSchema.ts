import type { ParseResult } from '../DocumentIssue.js';
import { validateScoringAllFaults } from '../generated/validateScoringAllFaults.js';
import { validateScoringFirstFault } from '../generated/validateScoringFirstFault.js';
import { checkMetaSchemaWith } from '../MetaSchemaCheck.js';
import { parseWithSpec, type DocumentSpec } from '../parseWithSpec.js';
import { checkScoringItems } from './checkScoringItems.js';
import { checkScoringReferences } from './checkScoringReferences.js';
import { scoringGlossary } from './scoringGlossary.js';
import { scoringMigrations } from './scoringMigrations.js';
import { SCORING_SCHEMA_VERSION, type ScoringSchema } from './ScoringSchema.js';

const scoringSpec: DocumentSpec<ScoringSchema> = {
  kind: 'scoring',
  currentVersion: SCORING_SCHEMA_VERSION,
  migrations: scoringMigrations,
  metaSchema: checkMetaSchemaWith(validateScoringFirstFault, validateScoringAllFaults),
  glossary: scoringGlossary,
  refine: (scoring) => {
    const errors = [...checkScoringItems(scoring), ...checkScoringReferences(scoring)];
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: scoring };
  },
};

/**
 * Reads a scoring scheme: migrates it forward, checks it against the scoring meta-schema, unique
 * item ids and grades, weight sets, derived formulas and periods. Never throws.
 *
 * @example
 * const result = parseScoringSchema(body);
 * if (result.ok) computeScores(result.value, inputs);
 */
export function parseScoringSchema(input: unknown): ParseResult<ScoringSchema> {
  return parseWithSpec(input, scoringSpec);
}
