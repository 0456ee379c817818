/**
 * A target split through the organisation (company → department → person), or along another
 * dimension (product line, region, customer type): each unit's share of its parent, optionally
 * adjusted per unit, level by level.
 */
export interface OrgDecomposition {
  readonly along: 'org';
  /** What the units are, for the rule text: default `organisation`. */
  readonly dimension?: 'organisation' | 'productLine' | 'region' | 'customerType';
  /** The whole being split: `company`, a department id… */
  readonly key: string;
  readonly name: string;
  readonly total: number;
  /** Decimal places of every part (money: 2, the default). */
  readonly precision?: number;
  /** `even`: equal base shares; `weights`: base shares in proportion to each unit's `weight` (a level where no unit has a weight splits evenly). */
  readonly split: 'even' | 'weights';
  /**
   * After adjustments (a new rep −20 %, a core rep +20 %): `true` (the default) scales everyone so
   * the parts still add up exactly to the parent — the new rep's −20 % is spread over the others;
   * `false` keeps each adjusted share as it is, and the parts then differ from the parent by the
   * adjustments (`checkTargetTree` shows the difference).
   */
  readonly rebalance?: boolean;
  readonly units: readonly OrgUnit[];
}

export interface OrgUnit {
  readonly id: string;
  readonly name: string;
  /** The base share under `split: 'weights'` (e.g. headcount, last year's sales). */
  readonly weight?: number;
  /** Percent added to the base share: −20 for a new rep, +20 for a core rep. */
  readonly adjustment?: number;
  /** Units below, split from this unit's target by the same rules. */
  readonly units?: readonly OrgUnit[];
}
