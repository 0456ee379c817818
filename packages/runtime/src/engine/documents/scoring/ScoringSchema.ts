import type { RuleLogic } from '../../rules/RuleLogic.js';
import type { RecordFilter } from '../RecordFilter.js';

/**
 * ScoringSchema: a KPI scheme. Each period, every person in its scope gets a score per item (from
 * an aggregate over records of a form, a formula over aggregates, or a manager's assessment,
 * against a target, by a method), a weighted total, and a grade; teams roll up from their
 * members. Every score can be explained from these settings and the inputs (see
 * `engine/scoring/computeScores`).
 */

/** The current `schemaVersion` of scoring documents. Older versions are migrated forward on parse. */
export const SCORING_SCHEMA_VERSION = 2;

export type ScoringPeriod = 'week' | 'month' | 'quarter' | 'year';

export interface ScoringSchema {
  readonly kind: 'scoring';
  readonly schemaVersion: typeof SCORING_SCHEMA_VERSION;
  readonly title: string;
  readonly description?: string;
  readonly period: ScoringPeriod;
  readonly items: readonly KpiItem[];
  /** Grade of a total score: the band with the highest `min` the total reaches. */
  readonly bands?: readonly GradeBand[];
  /** How a department's score follows from its members'. Default `avg`. */
  readonly teamRollup?: 'avg' | 'sum';
  /** Decimal places every item's points are rounded to (half away from zero); the total is their sum. Default 1. */
  readonly precision?: number;
  /**
   * Weights by stage of the year: from the period named in `from` on (a period name such as
   * `2026-Q3`), until the next set starts, items weigh as the set says. Before the first set, and
   * for items a set leaves out, the item's own `weight` holds.
   */
  readonly weightSets?: readonly WeightSet[];
  /** Who the scheme scores. Without it, everyone in the app's organisation. */
  readonly appliesTo?: SchemeScope;
  /** First period scored by this scheme (a period name); open when absent. */
  readonly validFrom?: string;
  /** Last period scored by this scheme (a period name); open when absent. */
  readonly validTo?: string;
  /** Periods ending on or before the end of this one (a period name) are a trial: shown, never confirmed or paid. */
  readonly trialUntil?: string;
}

export interface WeightSet {
  /** Shown in the designer, e.g. `新品上市期`. */
  readonly name: string;
  /** The period name from which these weights hold, e.g. `2026-Q1` or `2026-07`. */
  readonly from: string;
  /** Weight by item id; 0 takes the item out for the stage. */
  readonly weights: Readonly<Record<string, number>>;
}

export interface SchemeScope {
  /** Role ids: a person holding any of them is in scope. */
  readonly roles?: readonly string[];
  /** Department ids: a member of one of them, or of a department below it, is in scope. */
  readonly departments?: readonly string[];
}

export interface KpiItem {
  /** Stable generated id, the key of this item in every score sheet. */
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  /**
   * The points the item gives on target (100 % achievement). Weights usually add up to 100.
   *
   * 0 makes an **observation item** (观察指标 / 监控指标, as Chinese KPI sheets carry them): its
   * actual, target and achievement are computed and shown like any item's, it gives 0 points, adds
   * nothing to the weight total, and its explanation says it is not scored (观察指标，不计分) — a
   * way to show a figure such as 回款率 beside the scored items without changing their weights.
   * (A weight set weighing an item of its own weight above 0 at 0 takes it out for the stage
   * instead: `excluded`, not computed.)
   */
  readonly weight: number;
  readonly source: KpiSource;
  /** Required by `ratio`, `inverse`, and `tiers` on `achievement`. */
  readonly target?: KpiTarget;
  readonly method: ScoringMethod;
  /** Shown beside the actual and target values, e.g. `元`, `次`, `%`. */
  readonly unit?: string;
}

export type AggregateOp = 'count' | 'sum' | 'avg' | 'min' | 'max' | 'distinct' | 'latest';

/** Where the actual value comes from. */
export type KpiSource = AggregateSource | DerivedSource | ManualSource;

/** An aggregate over one person's records of a form in the period, computed by the server in SQL. */
export interface AggregateSource {
  readonly kind: 'aggregate';
  /** A stored form id, or a form key in an app bundle. */
  readonly formId: string;
  readonly aggregate: AggregateOp;
  /** The field aggregated; required except for `count`. */
  readonly field?: string;
  readonly filter?: RecordFilter;
  /** The member field naming whose record it is (e.g. the sales rep). */
  readonly personField: string;
  /** The date field placing the record in a period (e.g. the signing date). */
  readonly dateField: string;
}

/**
 * A formula over named aggregates, e.g. conversion = won ÷ opportunities × 100. The formula is a
 * JSON Logic rule reading each input by its name (`{ "var": "won" }`); a result that is not a
 * finite number (a division by zero) scores 0 and says so.
 */
export interface DerivedSource {
  readonly kind: 'derived';
  readonly inputs: readonly DerivedInput[];
  readonly formula: RuleLogic;
}

export interface DerivedInput {
  /** The variable the formula reads: a letter, then letters, digits, `_`. */
  readonly name: string;
  /** How a rep reads it in an explanation, e.g. `赢单数`. */
  readonly label: string;
  readonly source: Omit<AggregateSource, 'kind'>;
}

/** A score a manager enters on an assessment form: one record per person and period, holding a grade or a number. */
export interface ManualSource {
  readonly kind: 'manual';
  readonly formId: string;
  /** The member field naming who is assessed. */
  readonly personField: string;
  /** The field placing the assessment in a period: a period name (`2026-11`) or a date within it. */
  readonly periodField: string;
  /** The field holding the grade or the number. */
  readonly field: string;
}

export type KpiTarget =
  | { readonly kind: 'fixed'; readonly value: number }
  /** A targets form: one record per person and period holding the target value. */
  | { readonly kind: 'form'; readonly formId: string; readonly personField: string; readonly periodField: string; readonly valueField: string };

/**
 * How the actual value becomes points. "Achievement" is actual ÷ target × 100 (100 = on target).
 * - `ratio`: weight × achievement ÷ 100, with achievement capped at `cap` (e.g. 120) when set.
 * - `percentage`: the actual value is already a percentage: weight × actual ÷ 100, capped at `cap` when set.
 * - `tiers`: the `percent` of the highest tier whose `min` the basis (achievement, or the actual
 *   value itself) reaches, × weight ÷ 100; 0 below every tier.
 * - `grades`: the actual value is a grade (e.g. 优秀): weight × its `percent` ÷ 100.
 * - `inverse` (less is better, e.g. complaints against a ceiling): achievement is
 *   200 − actual ÷ target × 100, never below 0 and at most `cap` (default 100); on target gives
 *   100 %, none at all gives the cap, twice the ceiling or more gives 0.
 * - `deduction` (less is better, counted): weight − `perUnit` × actual, never below 0.
 */
export type ScoringMethod =
  | { readonly kind: 'ratio'; readonly cap?: number }
  | { readonly kind: 'percentage'; readonly cap?: number }
  | { readonly kind: 'tiers'; readonly basis: 'achievement' | 'value'; readonly tiers: readonly ScoreTier[] }
  | { readonly kind: 'grades'; readonly grades: readonly GradeMapping[] }
  | { readonly kind: 'inverse'; readonly cap?: number }
  | { readonly kind: 'deduction'; readonly perUnit: number };

export interface ScoreTier {
  readonly min: number;
  /** Share of the weight given from this tier on, 0–100 (more for extra credit). */
  readonly percent: number;
}

export interface GradeMapping {
  readonly grade: string;
  /** Share of the weight given for this grade, 0–100 (more for extra credit). */
  readonly percent: number;
}

export interface GradeBand {
  /** E.g. `优秀`, `A`. */
  readonly grade: string;
  /** Lowest total score that earns the grade. */
  readonly min: number;
  /** Hex colour of the grade's tag. */
  readonly color?: string;
}
