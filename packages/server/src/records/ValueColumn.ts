import type { FieldType } from '@formwork/runtime';
import type { QueryValueKind } from '../query/QueryField.js';

/** A column of a form's value table: one top-level field's values, typed for SQL. */
export interface ValueColumn {
  readonly fieldId: string;
  /** Quoted identifier, from `valueColumnOf`. */
  readonly column: string;
  readonly kind: QueryValueKind;
  readonly fieldType: FieldType;
  /** Indexed as soon as the column exists (unique fields); others are indexed on first use in a query. */
  readonly indexed: boolean;
}
