import type { AggregateSource, ScoringSchema } from '../documents/scoring/ScoringSchema.js';

/** One grouped query the server runs for a scheme: the source, and where its values go in `ScoringInputs`. */
export type ScoringAggregate =
  | { readonly into: 'actuals'; readonly itemId: string; readonly source: Omit<AggregateSource, 'kind'> }
  | { readonly into: 'derived'; readonly itemId: string; readonly input: string; readonly source: Omit<AggregateSource, 'kind'> };

/**
 * Every aggregate a scheme needs, one grouped-by-person query each (manual items are read from
 * their assessment form, and form targets from their targets form, by the server directly).
 */
export function listScoringAggregates(scheme: ScoringSchema): ScoringAggregate[] {
  return scheme.items.flatMap((item): ScoringAggregate[] => {
    const source = item.source;
    if (source.kind === 'aggregate') {
      const { kind: _kind, ...rest } = source;
      return [{ into: 'actuals', itemId: item.id, source: rest }];
    }
    if (source.kind === 'derived') return source.inputs.map((input) => ({ into: 'derived', itemId: item.id, input: input.name, source: input.source }));
    return [];
  });
}
