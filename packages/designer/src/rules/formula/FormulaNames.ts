/** A subform as formulas name it: the `var` path of its rows, its label and its columns. */
export interface FormulaSubform {
  readonly path: string;
  readonly label: string;
  readonly columns: readonly { readonly id: string; readonly label: string }[];
}

/** What a formula text may name: the fields it can read and the functions it can call. */
export interface FormulaNames {
  /** Each field's `var` path (`f_id`, or `$row.f_id` for a column of the same row) and label. */
  readonly fields: readonly { readonly path: string; readonly label: string }[];
  /** JSON Logic operator names callable as `name(…)`. */
  readonly functions: ReadonlySet<string>;
  /**
   * The subforms whose columns aggregates read: `sum_of({Items}, {Amount})` or
   * `sum_of({Items.Amount})` for `{ sum_of: [{ var: 'f_items' }, 'f_amount'] }`.
   */
  readonly subforms?: readonly FormulaSubform[];
  /** Functions taking a subform, one of its columns (by id) and a filter on its rows (`sum_of`, …). */
  readonly aggregates?: ReadonlySet<string>;
}
