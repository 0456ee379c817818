import type { DateText } from '../periods/Period.js';

/** A target split over time: a period's total, level by level down to quarters, months, weeks or days. */
export interface TimeDecomposition {
  readonly along: 'time';
  /** The period whose total is split: `2026`, `2026-Q4`, `2026-11`… */
  readonly period: string;
  readonly total: number;
  /** Decimal places of every part (money: 2, the default). Parts always add up exactly to their parent. */
  readonly precision?: number;
  /** Each level finer than the last: e.g. `['quarter', 'month', 'week']`. Weeks split months only. */
  readonly levels: readonly TimeLevel[];
  /** How quarters and months share their parent. Default `even`. */
  readonly weighting?: TimeWeighting;
  /** How a month splits into weeks. Default `fourWeeks`, as DOMAIN.md counts (500万 → 125万). */
  readonly weekRule?: WeekRule;
  /** How a week or month splits into days. Default `calendarDays`. */
  readonly dayRule?: 'calendarDays' | 'workingDays';
  /** Days off on weekdays (public holidays), for working-day rules. */
  readonly holidays?: readonly DateText[];
  /** Weekend days worked (调休), for working-day rules. */
  readonly extraWorkdays?: readonly DateText[];
}

export type TimeLevel = 'quarter' | 'month' | 'week' | 'day';

/**
 * - `fourWeeks`: four equal weeks a month, covering days 1–7, 8–14, 15–21 and 22 to the month's end.
 * - `isoWeeks`: the ISO weeks the month touches, each weighted by the days of the month it holds
 *   (a week cut by the month's end gets only its share; the rest comes from the next month).
 * - `workingDays`: the same weeks, weighted by their working days (Monday–Friday, less holidays,
 *   plus extra workdays) in the month.
 */
export type WeekRule = 'fourWeeks' | 'isoWeeks' | 'workingDays';

/**
 * - `even`: equal shares.
 * - `seasonal`: weights by the child's name within its year — `Q1`…`Q4` for quarters, `01`…`12`
 *   for months; a child without a weight gets 0.
 * - `lastYear`: each child's share of last year's actuals, keyed by the period name a year earlier
 *   (`2025-11`). When last year had no actuals at all, the split falls back to even and says so.
 */
export type TimeWeighting =
  | { readonly rule: 'even' }
  | { readonly rule: 'seasonal'; readonly weights: Readonly<Record<string, number>> }
  | { readonly rule: 'lastYear'; readonly actuals: Readonly<Record<string, number>> };
