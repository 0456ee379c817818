import type { RecordFilter } from '../RecordFilter.js';

/**
 * ScoringSchema: a KPI scheme. Each period, every person gets a score per item (from an aggregate
 * over records of a form, against a target, by a method), a weighted total, and a grade; teams
 * roll up from their members. Every score can be explained from these settings and the records.
 */

/** The current `schemaVersion` of scoring documents. Older versions are migrated forward on parse. */
export const SCORING_SCHEMA_VERSION = 1;

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
  /** Decimal places of shown scores. Default 1. */
  readonly precision?: number;
}

export interface KpiItem {
  /** Stable generated id, the key of this item in every score sheet. */
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  /** The most points the item can give (before a ratio cap). Weights usually add up to 100. */
  readonly weight: number;
  readonly source: KpiSource;
  /** Required by `ratio`, and by `tiers` on `achievement`. */
  readonly target?: KpiTarget;
  readonly method: ScoringMethod;
  /** Shown beside the actual and target values, e.g. `万元`. */
  readonly unit?: string;
}

export type AggregateOp = 'count' | 'sum' | 'avg' | 'min' | 'max' | 'distinct' | 'latest';

/** The actual value: an aggregate over one person's records of a form in the period. */
export interface KpiSource {
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

export type KpiTarget =
  | { readonly kind: 'fixed'; readonly value: number }
  /** A targets form: one record per person and period holding the target value. */
  | { readonly kind: 'form'; readonly formId: string; readonly personField: string; readonly periodField: string; readonly valueField: string };

/**
 * How the actual value becomes points. "Achievement" is actual ÷ target × 100 (100 = on target).
 * - `ratio`: weight × achievement ÷ 100, with achievement capped at `cap` (e.g. 120) when set.
 * - `percentage`: the actual value is already a percentage: weight × actual ÷ 100.
 * - `tiers`: the `score` of the highest tier whose `min` the basis (achievement, or the actual
 *   value itself) reaches; 0 below every tier.
 * - `grades`: the actual value is a grade (e.g. 优秀): weight × its `percent` ÷ 100.
 */
export type ScoringMethod =
  | { readonly kind: 'ratio'; readonly cap?: number }
  | { readonly kind: 'percentage' }
  | { readonly kind: 'tiers'; readonly basis: 'achievement' | 'value'; readonly tiers: readonly ScoreTier[] }
  | { readonly kind: 'grades'; readonly grades: readonly GradeMapping[] };

export interface ScoreTier {
  readonly min: number;
  /** Points given, at most the item's weight. */
  readonly score: number;
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
