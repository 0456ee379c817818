/** The operators the condition builder offers; each maps to one JSON Logic shape. */
export type ConditionOperator = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains' | 'notContains' | 'anyOf' | 'empty' | 'notEmpty';

/**
 * What a comparison is made against instead of a fixed value: another field (a `var` path), or
 * today plus `days` (negative: before today), as the engine's `today` and `date_add` give it.
 */
export type ConditionOperand = { readonly kind: 'field'; readonly path: string } | { readonly kind: 'today'; readonly days: number };

/**
 * One comparison: a field (a `var` path: `f_id` or `$row.f_id`), an operator and a value, or,
 * for a comparison operator, another field or a day relative to today.
 */
export interface Condition {
  readonly kind: 'condition';
  /** `''` while the admin has not picked a field yet: such a condition is not emitted. */
  readonly field: string;
  readonly operator: ConditionOperator;
  /** Absent for `empty`/`notEmpty`; a list for `anyOf`. */
  readonly value?: string | number | boolean | readonly (string | number)[];
  /** Compared with this rather than `value` (comparison operators only). */
  readonly against?: ConditionOperand;
}

/** All (`and`) or any (`or`) of its items must hold. */
export interface ConditionGroup {
  readonly kind: 'group';
  readonly combinator: 'and' | 'or';
  readonly items: readonly (Condition | ConditionGroup)[];
}

/** Operators that take no value. */
export const VALUELESS_OPERATORS: ReadonlySet<ConditionOperator> = new Set(['empty', 'notEmpty']);

/** Operators that compare two values, and so may compare with another field or with today. */
export const COMPARISON_OPERATORS: ReadonlySet<ConditionOperator> = new Set(['eq', 'ne', 'gt', 'gte', 'lt', 'lte']);
