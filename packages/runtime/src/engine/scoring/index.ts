/**
 * Scoring: a KPI scheme applied to plain aggregated inputs — per item points with an
 * explanation, totals, grades, team roll-ups — and which scheme scores whom. See README.md.
 */
export type * from './ScoringInputs.js';
export type * from './ScoreSheet.js';
export { ScoringError, type ScoringErrorCode } from './ScoringError.js';
export { computeScoreData, computeScores } from './computeScores.js';
export { scoreItem, type ItemFacts } from './scoreItem.js';
export { explainItem } from './explainItem.js';
export { explainPerson } from './explainPerson.js';
export { explainScoreSheet } from './explainScoreSheet.js';
export { evaluateDerivedItem, type DerivedValue } from './evaluateDerivedItem.js';
export { gradeOf } from './gradeOf.js';
export { weightSetFor } from './weightSetFor.js';
export { isTrialPeriod } from './isTrialPeriod.js';
export { rollUpTeams } from './rollUpTeams.js';
export { pickScheme, type SchemeEntry, type SchemePick } from './pickScheme.js';
export { assignSchemes, type SchemeAssignment, type SchemeConflict } from './assignSchemes.js';
export { listScoringAggregates, type ScoringAggregate } from './listScoringAggregates.js';
export { scoringFormIds } from './scoringFormIds.js';
export { formatScoreNumber } from './formatScoreNumber.js';
export { formatQuantity } from './formatQuantity.js';
