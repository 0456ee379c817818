/** What became of one subform row between two versions of a record. */
export interface SubformRowChange {
  /** The row's `_id`: rows are matched by it, never by position. */
  readonly rowId: string;
  readonly kind: 'added' | 'removed' | 'changed';
  /** Its place as people count rows, from 1: among the new rows, or among the old ones for a removed row. */
  readonly row: number;
  /** The row's columns with a value: every one for an added or removed row, the differing ones for a changed row. */
  readonly columns: readonly SubformColumnChange[];
}

/** One column of a row; `from`/`to` are absent where there was / is no value. */
export interface SubformColumnChange {
  readonly columnId: string;
  readonly from?: unknown;
  readonly to?: unknown;
}

type Row = Readonly<Record<string, unknown>> & { readonly _id: string };

/**
 * The rows added, removed and changed between two values of a subform, matched by `_id` (a row
 * moved up keeps its identity; a row's number is where it stands now). Undefined when either value
 * is not a list of rows with ids — e.g. not a subform at all — so callers can fall back to
 * showing the values whole. Rows come in the new order, removed rows last; a changed row lists
 * only the columns that differ (compared as JSON).
 *
 * @example
 * diffSubformRows([{ _id: 'a', f_qty: 10 }], [{ _id: 'a', f_qty: 12 }, { _id: 'b', f_qty: 1 }])
 * // [{ rowId: 'a', kind: 'changed', row: 1, columns: [{ columnId: 'f_qty', from: 10, to: 12 }] },
 * //  { rowId: 'b', kind: 'added', row: 2, columns: [{ columnId: 'f_qty', to: 1 }] }]
 */
export function diffSubformRows(from: unknown, to: unknown): SubformRowChange[] | undefined {
  const before = rowsOf(from);
  const after = rowsOf(to);
  if (!before || !after) return undefined;
  const beforeById = new Map(before.map((row, index) => [row._id, { row, index }]));
  const afterIds = new Set(after.map((row) => row._id));
  const changes: SubformRowChange[] = [];
  after.forEach((row, index) => {
    const old = beforeById.get(row._id);
    if (!old) {
      changes.push({ rowId: row._id, kind: 'added', row: index + 1, columns: columnsOf(undefined, row) });
      return;
    }
    const columns = columnsOf(old.row, row);
    if (columns.length > 0) changes.push({ rowId: row._id, kind: 'changed', row: index + 1, columns });
  });
  before.forEach((row, index) => {
    if (!afterIds.has(row._id)) changes.push({ rowId: row._id, kind: 'removed', row: index + 1, columns: columnsOf(row, undefined) });
  });
  return changes;
}

function rowsOf(value: unknown): readonly Row[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return undefined;
  const isRow = (item: unknown): item is Row => typeof item === 'object' && item !== null && !Array.isArray(item) && typeof (item as { _id?: unknown })._id === 'string';
  return value.every(isRow) ? value : undefined;
}

function columnsOf(before: Row | undefined, after: Row | undefined): SubformColumnChange[] {
  const keys = [...Object.keys(after ?? {}), ...Object.keys(before ?? {}).filter((key) => !after || !Object.hasOwn(after, key))];
  const columns: SubformColumnChange[] = [];
  for (const columnId of keys) {
    if (columnId === '_id') continue;
    const from = before && Object.hasOwn(before, columnId) ? before[columnId] : undefined;
    const to = after && Object.hasOwn(after, columnId) ? after[columnId] : undefined;
    if (isBlank(from) && isBlank(to)) continue;
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    columns.push({ columnId, ...(isBlank(from) ? {} : { from }), ...(isBlank(to) ? {} : { to }) });
  }
  return columns;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}
