/** The kinds of period Formwork names: a calendar year, quarter, month, or an ISO 8601 week. */
export type PeriodKind = 'year' | 'quarter' | 'month' | 'week';

/**
 * A period, parsed from its name (`2026`, `2026-Q4`, `2026-11`, `2026-W48`). For a week, `year`
 * is the ISO week-numbering year, which differs from the calendar year around New Year
 * (2026-12-31 is in `2026-W53`, 2025-12-29 in `2026-W01`).
 */
export interface Period {
  readonly kind: PeriodKind;
  readonly year: number;
  /** The quarter (1–4), month (1–12) or ISO week (1–53); 1 for a year. */
  readonly index: number;
}

/** A calendar date as `YYYY-MM-DD`, local to the app's time zone (no time, no offset). */
export type DateText = string;
