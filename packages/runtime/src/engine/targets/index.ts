/**
 * Targets: decomposition over time and through the organisation with exact decimal splits, the
 * rule behind every number, consistency checks, growth targets, pro-rating, laggards and claims.
 * See README.md.
 */
export type * from './TargetNode.js';
export type * from './TimeDecomposition.js';
export type * from './OrgDecomposition.js';
export { TargetError, type TargetErrorCode } from './TargetError.js';
export { splitAmount } from './splitAmount.js';
export { decomposeTarget, type TargetDecomposition } from './decomposeTarget.js';
export { decomposeOverTime } from './decomposeOverTime.js';
export { decomposeOverOrg } from './decomposeOverOrg.js';
export { checkTargetTree, type TargetMismatch } from './checkTargetTree.js';
export { growTarget } from './growTarget.js';
export { proRate, type ProRated } from './proRate.js';
export { findLaggards, type Laggard, type TargetProgress } from './findLaggards.js';
export { storedRuleText, ruleTextIn, maxStoredRuleLength } from './storedRuleText.js';
export { compareClaims, type ClaimsSummary, type TargetClaim } from './compareClaims.js';
