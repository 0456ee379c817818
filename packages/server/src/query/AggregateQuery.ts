import type { MeasureOp, TimeBucket } from '@formwork/runtime';
import type { FilterPredicate } from './FilterPredicate.js';
import type { QueryField } from './QueryField.js';

/** One grouping dimension, checked: a field and, for time fields, a bucket. */
export interface AggregateGroup {
  readonly field: QueryField;
  readonly bucket: TimeBucket | null;
  /** The name of this dimension in each result row's `keys`: `f_region`, or `f_date:month`. */
  readonly key: string;
}

/** One measure, checked. */
export interface AggregateMeasure {
  /** The name in each result row's `values`: given, or `count` / `sum_f_amount`. */
  readonly id: string;
  readonly op: MeasureOp;
  /** Null for `count` of records. */
  readonly field: QueryField | null;
}

/** An aggregate the server computes in SQL over one form's records. */
export interface AggregateQuery {
  readonly groups: readonly AggregateGroup[];
  readonly measures: readonly AggregateMeasure[];
  readonly filter: FilterPredicate | null;
  /** By a measure id or a group key; default: by the group keys ascending. */
  readonly sort: { readonly by: string; readonly direction: 'asc' | 'desc' } | null;
  readonly limit: number;
}

/** Most groups one aggregate returns (the response says `truncated` beyond). */
export const maxAggregateRows = 10_000;
