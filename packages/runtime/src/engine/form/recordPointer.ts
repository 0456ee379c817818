/** Escapes one reference token of an RFC 6901 JSON pointer: `~` → `~0`, `/` → `~1`. */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A pointer into record data, split: a top-level field, a subform row, or a cell. */
export type RecordPointer =
  | { readonly kind: 'field'; readonly fieldId: string }
  | { readonly kind: 'row'; readonly subformId: string; readonly rowIndex: number }
  | { readonly kind: 'cell'; readonly subformId: string; readonly rowIndex: number; readonly columnId: string };

/**
 * Reads `/f_amount`, `/f_items/3` or `/f_items/3/f_qty` (field ids need no escaping); anything
 * else is `undefined`.
 *
 * @example
 * parseRecordPointer('/f_items/3/f_qty') // { kind: 'cell', subformId: 'f_items', rowIndex: 3, columnId: 'f_qty' }
 */
export function parseRecordPointer(pointer: string): RecordPointer | undefined {
  const parts = pointer.split('/');
  if (parts[0] !== '' || parts.length < 2 || parts.length > 4) return undefined;
  const fieldId = parts[1] ?? '';
  if (fieldId === '') return undefined;
  if (parts.length === 2) return { kind: 'field', fieldId };
  const indexText = parts[2] ?? '';
  if (!/^(?:0|[1-9]\d{0,8})$/.test(indexText)) return undefined;
  const rowIndex = Number(indexText);
  if (parts.length === 3) return { kind: 'row', subformId: fieldId, rowIndex };
  const columnId = parts[3] ?? '';
  return columnId === '' ? undefined : { kind: 'cell', subformId: fieldId, rowIndex, columnId };
}
