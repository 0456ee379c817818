import type { LocalizedText } from '../i18n/Locale.js';
import type { ScoringMethod } from '../documents/scoring/ScoringSchema.js';

/** A scheme's scores for one period: what `computeScores` returns, and what the server stores as a snapshot. */
export interface ScoreSheet {
  readonly period: string;
  readonly title: string;
  /** The period falls in the scheme's trial: shown, never confirmed or paid. */
  readonly trial: boolean;
  /** The weight set in force, when one is (see `ScoringSchema.weightSets`). */
  readonly weightSet?: string;
  /** Decimal places of every points figure on the sheet. */
  readonly precision: number;
  /** The most a person scores with every item on target (the sum of this period's weights). */
  readonly weightTotal: number;
  readonly people: readonly PersonScore[];
  readonly teams: readonly TeamScore[];
}

export interface PersonScore {
  readonly personId: string;
  readonly name?: string;
  readonly departmentId?: string;
  readonly items: readonly ItemScore[];
  /** The sum of the items' rounded points. */
  readonly total: number;
  /** The grade band the total reaches, when the scheme has bands. */
  readonly grade?: string;
  /** "36 + 25.5 + 16 + 8 = 85.5 分，评级 良好". */
  readonly explanation: LocalizedText;
}

/**
 * Why an item scored what it did, for programs (the explanation says it for people):
 * - `scored`: the method applied to an actual value.
 * - `noRecords`: an average, minimum, maximum or latest value over no records: 0 points.
 *   (Counts and sums over no records are 0 and are `scored`, with `noRecords` true.)
 * - `noTarget`: the method needs a target above 0 and the person has none: 0 points.
 * - `divisionByZero`: a derived formula divided by zero (or gave no finite number): 0 points.
 * - `notAssessed`: a manual item nobody has assessed yet: 0 points.
 * - `unknownGrade`: a grade the item's grade table does not list: 0 points.
 * - `notANumber`: a text where the method needs a number: 0 points.
 * - `excluded`: the weight set in force weighs the item 0: 0 points.
 */
export type ItemStatus = 'scored' | 'noRecords' | 'noTarget' | 'divisionByZero' | 'notAssessed' | 'unknownGrade' | 'notANumber' | 'excluded';

export interface ItemScore {
  readonly itemId: string;
  readonly name: string;
  readonly method: ScoringMethod['kind'];
  /** The weight in force this period. */
  readonly weight: number;
  readonly actual: number | string | null;
  readonly target: number | null;
  /** actual ÷ target × 100, rounded to 2 places for display (points use the exact ratio). */
  readonly achievement: number | null;
  /** The share of the weight earned, in %, rounded to 2 places for display. */
  readonly percent: number;
  /** weight × share ÷ 100, rounded half away from zero to the sheet's precision. */
  readonly points: number;
  readonly status: ItemStatus;
  /** True when the person had no records for this item in the period (see `ItemStatus`). */
  readonly noRecords: boolean;
  /** A derived item's inputs, by name. */
  readonly inputs?: Readonly<Record<string, number | null>>;
  /**
   * Present (true) on an observation item (观察指标): one whose own weight is 0 and that no weight
   * set weighs otherwise. It is computed like any item (status, actual, target, achievement,
   * share), gives 0 points, and is shown as observed, not as a 0-point failure.
   */
  readonly observation?: true;
  /** "签约金额 90万 ÷ 目标 100万 = 90% × 权重 40 = 36 分". */
  readonly explanation: LocalizedText;
}

/** A department's roll-up over every scored person in it or in a department below it. */
export interface TeamScore {
  readonly departmentId: string;
  readonly name: string;
  readonly parentId?: string;
  readonly members: number;
  readonly rollup: 'avg' | 'sum';
  /** The members' totals averaged or summed, rounded to the sheet's precision. */
  readonly total: number;
  /** The same for each item's points, by item id. */
  readonly items: Readonly<Record<string, number>>;
  /** The band an average reaches; sums have no grade. */
  readonly grade?: string;
}
