import type { AggregateOp } from '../documents/scoring/ScoringSchema.js';

/**
 * Aggregates whose value over no records is 0 — a count, a sum, a distinct count — so a person
 * missing from the server's grouped result scored 0 of them (no complaints is a good month). An
 * average, minimum, maximum or latest value over no records has no value at all.
 */
export function isAdditiveAggregate(aggregate: AggregateOp): boolean {
  return aggregate === 'count' || aggregate === 'sum' || aggregate === 'distinct';
}
