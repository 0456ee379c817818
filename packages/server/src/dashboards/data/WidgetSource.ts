import type { FieldAccess } from '../../permissions/fieldAccessOf.js';
import type { RowFilter } from '../../permissions/resolveRowFilter.js';
import type { RecordForm } from '../../records/RecordForm.js';

/** A form a dashboard reads, opened for one viewer. */
export interface WidgetSource {
  readonly form: RecordForm;
  /**
   * The rows its numbers count: the viewer's row scope, or every row when the dashboard's
   * `dataScope` is `all`. Null: the viewer may not see them at all.
   */
  readonly aggregateScope: RowFilter | null;
  /** The rows the viewer may see themselves (record tables, drill-downs); null: none. */
  readonly viewerScope: RowFilter | null;
  /**
   * The viewer's fields (`fieldAccessOf`): a field hidden from their role is unknown to every
   * widget — measured, grouped, filtered or listed — whatever the dashboard's `dataScope`, so no
   * number tells them what it holds.
   */
  readonly fields: FieldAccess;
}
