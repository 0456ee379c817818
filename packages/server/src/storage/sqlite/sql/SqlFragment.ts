import type { BoundValue } from '../../../query/FilterPredicate.js';

/** A piece of SQL and the parameters its `?` placeholders take, in order. */
export interface SqlFragment {
  readonly sql: string;
  readonly params: readonly BoundValue[];
}
