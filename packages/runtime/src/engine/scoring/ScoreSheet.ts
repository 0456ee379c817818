import type { LocalizedText } from '../i18n/Locale.js';
import type { ScoringMethod } from '../documents/scoring/ScoringSchema.js';

/**
 * A scheme's scores for one period without their words: what `computeScoreData` returns and the
 * server stores as a run's snapshot. Every explanation is rendered from it when read
 * (`explainScoreSheet`), in both languages, so a stored run keeps numbers, not two copies of a
 * sentence per item (which were most of a thousand-person run's 2 MB).
 */
export interface ScoreSheetData {
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
  readonly people: readonly PersonScoreData[];
  readonly teams: readonly TeamScore[];
}

/** A scheme's scores for one period, explained: what `computeScores` returns and a run's view answers. */
export interface ScoreSheet extends Omit<ScoreSheetData, 'people'> {
  readonly people: readonly PersonScore[];
}

/** One person's scores without their words (see `ScoreSheetData`). */
export interface PersonScoreData {
  readonly personId: string;
  readonly name?: string;
  readonly departmentId?: string;
  readonly items: readonly ItemScoreData[];
  /** The sum of the items' rounded points. */
  readonly total: number;
  /** The grade band the total reaches, when the scheme has bands. */
  readonly grade?: string;
}

export interface PersonScore extends Omit<PersonScoreData, 'items'> {
  readonly items: readonly ItemScore[];
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

/**
 * What an item's explanation needs beyond the item's own fields (name, weight, actual, target,
 * achievement, percent, points, status, inputs), each number as the words show it; only what
 * applies is present. `explainItem` renders it.
 */
export interface ItemWorking {
  /** The item's unit (`元`, `次`, `%`), when it has one: amounts are shown with it. */
  readonly unit?: string;
  /** A derived item's inputs as the scheme names and labels them, in its order (their values are `inputs`). */
  readonly labels?: readonly { readonly name: string; readonly label: string }[];
  /** `ratio`, `percentage`: the share was held at the cap (the share shown is `percent`). */
  readonly capped?: true;
  /** `inverse`: 200 − the achievement, to 2 places; `taken` when the share is held apart from it (at 0 or the cap). */
  readonly raw?: number;
  readonly taken?: true;
  /** `deduction`: points per unit; points deducted (2 places); `floored` when they exceed the weight; what is left (to the sheet's precision). */
  readonly perUnit?: number;
  readonly deducted?: number;
  readonly floored?: true;
  readonly left?: number;
  /** `tiers`: what the tiers compare (`value` or `achievement`), and the `min` of the tier reached — or of the lowest tier, when `reached` is absent. */
  readonly basis?: 'value' | 'achievement';
  readonly tier?: number;
  readonly reached?: true;
}

/** One item's score without its words (see `ScoreSheetData`). */
export interface ItemScoreData {
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
  /** What the explanation is rendered from, beyond the fields above; absent when nothing more is needed. */
  readonly working?: ItemWorking;
}

export interface ItemScore extends ItemScoreData {
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
