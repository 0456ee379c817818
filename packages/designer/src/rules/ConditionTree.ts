/** The operators the condition builder offers; each maps to one JSON Logic shape. */
export type ConditionOperator = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains' | 'notContains' | 'anyOf' | 'empty' | 'notEmpty';

/** One comparison: a field (a `var` path: `f_id` or `$row.f_id`), an operator and a value. */
export interface Condition {
  readonly kind: 'condition';
  /** `''` while the admin has not picked a field yet: such a condition is not emitted. */
  readonly field: string;
  readonly operator: ConditionOperator;
  /** Absent for `empty`/`notEmpty`; a list for `anyOf`. */
  readonly value?: string | number | boolean | readonly (string | number)[];
}

/** All (`and`) or any (`or`) of its items must hold. */
export interface ConditionGroup {
  readonly kind: 'group';
  readonly combinator: 'and' | 'or';
  readonly items: readonly (Condition | ConditionGroup)[];
}

/** Operators that take no value. */
export const VALUELESS_OPERATORS: ReadonlySet<ConditionOperator> = new Set(['empty', 'notEmpty']);
