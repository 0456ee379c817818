/** What a formula text may name: the fields it can read and the functions it can call. */
export interface FormulaNames {
  /** Each field's `var` path (`f_id`, or `$row.f_id` for a column of the same row) and label. */
  readonly fields: readonly { readonly path: string; readonly label: string }[];
  /** JSON Logic operator names callable as `name(…)`. */
  readonly functions: ReadonlySet<string>;
}
