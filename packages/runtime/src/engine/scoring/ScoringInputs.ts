/**
 * What `computeScores` is given: plain JSON the server assembles for one scheme and one period.
 * Actual values are aggregated in SQL (one grouped query per item or derived input, by person);
 * the engine never sees records.
 */
export interface ScoringInputs {
  /** The period scored, by name: `2026-11`. Its kind must be the scheme's `period`. */
  readonly period: string;
  /** Everyone scored by this scheme this period (see `assignSchemes`). */
  readonly people: readonly ScoredPerson[];
  /** The department tree, for team roll-ups. Departments nobody scored belongs to are left out of the sheet. */
  readonly departments?: readonly DepartmentNode[];
  /**
   * Aggregate and manual values, by item id, then person id: a number, or a grade (text) from an
   * assessment. A person missing here has no records (or no assessment) in the period.
   */
  readonly actuals?: ValuesByItem<number | string | null>;
  /** Derived items' inputs, by item id, then input name, then person id. */
  readonly derived?: Readonly<Record<string, ValuesByItem<number | null>>>;
  /** Targets read from a targets form, by item id, then person id. Fixed targets come from the scheme. */
  readonly targets?: ValuesByItem<number | null>;
}

/** Values by item id (or input name), then person id. */
export type ValuesByItem<T> = Readonly<Record<string, Readonly<Record<string, T>>>>;

export interface ScoredPerson {
  readonly id: string;
  readonly name?: string;
  readonly departmentId?: string;
  readonly roles?: readonly string[];
}

export interface DepartmentNode {
  readonly id: string;
  readonly name: string;
  /** Absent for the root. */
  readonly parentId?: string;
}
