/**
 * How a field's values compare, sort and aggregate:
 *
 * - `number`: numbers (number, money, rating, numeric formulas);
 * - `text`: strings compared as text (text, choices, members, serials, flattened addresses…);
 * - `date`: `YYYY-MM-DD` text;
 * - `datetime`: ISO 8601 instants, stored normalised to UTC (`…T01:00:00.000Z`) so text order is time order;
 * - `timestamp`: milliseconds since the epoch (the system times `_createdAt`, `_updatedAt`);
 * - `list`: a JSON array of strings (checkbox, multiselect, members, departments): `eq`/`in` mean "contains";
 * - `count`: how many files or subform rows a record holds, for `empty`/`not_empty` only;
 * - `any`: values of unknown type (lookups, formulas without a result type), compared as given.
 */
export type QueryValueKind = 'number' | 'text' | 'date' | 'datetime' | 'timestamp' | 'list' | 'count' | 'any';

/** A field a query may name: a form field (by id) or a system field such as `_createdAt`. */
export interface QueryField {
  /** The name a query uses: the field id, or `_createdAt`, `_owner`… */
  readonly id: string;
  readonly kind: QueryValueKind;
  readonly system: boolean;
  /** No longer in the latest version of the form: still readable, filterable and exportable. */
  readonly removed: boolean;
  /**
   * Not kept in the form's value table but read, where a filter names it, from elsewhere (the
   * record's approval flow: `_flowStatus`): filters may use it; groups, measures, sorts and indexes
   * may not.
   */
  readonly filterOnly?: true;
}
