/**
 * What depends on what in a form, for the designer's "depends on" and "used by" lists and for
 * the engine's incremental evaluation. Keys are field or section ids; validation rules are keyed
 * by their rule id in `validationReads`.
 */
export interface FormRuleGraph {
  /** For each field or section with rules: the fields its rules read, and through which rule. */
  readonly dependsOn: ReadonlyMap<string, readonly FormRuleDependency[]>;
  /** For each field: the fields and sections whose formula, default or visibility reads it. */
  readonly usedBy: ReadonlyMap<string, readonly string[]>;
  /** For each form-level validation rule: the fields it reads. */
  readonly validationReads: ReadonlyMap<string, readonly string[]>;
  /** Fields and sections with rules, in an order where everything comes after what it reads. */
  readonly evaluationOrder: readonly string[];
}

/** Which rule of a field reads another field. */
export type FormRuleKind = 'visibility' | 'formula' | 'default';

export interface FormRuleDependency {
  readonly fieldId: string;
  readonly via: FormRuleKind;
  /** True for a `$row.` read: the same row's cell. */
  readonly sameRow: boolean;
}
