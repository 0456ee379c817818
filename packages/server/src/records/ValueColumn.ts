import type { FieldType } from '@formwork/runtime';
import type { QueryValueKind } from '../query/QueryField.js';

/**
 * A top-level field as the record store keeps it: its id, how its values compare and its type.
 * Where it lives (table, column, encoding) is the adapter's business (see `valueColumnName`).
 */
export interface ValueColumn {
  readonly fieldId: string;
  readonly kind: QueryValueKind;
  readonly fieldType: FieldType;
  /** Indexed as soon as the column exists (unique fields); others are indexed on first use in a query. */
  readonly indexed: boolean;
}
