import type { FieldError } from './CompiledForm.js';
import type { RowValues } from './readRecordInputs.js';

/** One subform row inside a FormSession. */
export interface SessionRow {
  /** The subform the row belongs to. */
  readonly subformId: string;
  /** The row's `_id`, as given or as made by the session. */
  readonly id: unknown;
  /** Position in its subform; kept current as rows are added, removed and moved. */
  index: number;
  /** What the user set (no `_id`, no formula cells). */
  readonly inputs: RowValues;
  /** `_id`, inputs or their defaults, formula results. */
  readonly values: RowValues;
  /** The row as rules see it (`$row`): hidden cells absent. The values themselves when no cell can hide. */
  readonly scope: RowValues;
  /** Visibility of the cells and description blocks that have a visibility node. */
  readonly visible: Record<string, boolean>;
  /** Current errors of the cells, by column id. */
  readonly errors: Map<string, FieldError>;
  /** The row's own error (a missing or repeated `_id`). */
  rowError: FieldError | undefined;
  /** False once removed: pending work for it is dropped. */
  alive: boolean;
}
