import type { QueryField } from './QueryField.js';

/** A value bound into a query: always a parameter, never SQL text. */
export type BoundValue = string | number;

export type Comparison = '=' | '>' | '>=' | '<' | '<=';

/**
 * A checked filter, reduced to a few primitive predicates on known fields with operands of the
 * right type. `parseRecordFilter` builds it from the API's filter tree; `compileFilterSql` turns
 * it into a WHERE clause. Storage-neutral: a PostgreSQL adapter would compile the same tree.
 */
export type FilterPredicate =
  | { readonly kind: 'and'; readonly items: readonly FilterPredicate[] }
  | { readonly kind: 'or'; readonly items: readonly FilterPredicate[] }
  /** True where the inner predicate is false or unknown (so `ne` also matches empty values). */
  | { readonly kind: 'not'; readonly item: FilterPredicate }
  | { readonly kind: 'compare'; readonly field: QueryField; readonly comparison: Comparison; readonly value: BoundValue }
  | { readonly kind: 'in'; readonly field: QueryField; readonly values: readonly BoundValue[] }
  /** A `list` field holding at least one of the values. */
  | { readonly kind: 'contains'; readonly field: QueryField; readonly values: readonly BoundValue[] }
  /** Substring match, case-insensitive for ASCII; `%` and `_` in the text match themselves. */
  | { readonly kind: 'like'; readonly field: QueryField; readonly text: string }
  | { readonly kind: 'empty'; readonly field: QueryField };
