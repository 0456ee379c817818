/**
 * What depends on what in a form, for the designer's "depends on" and "used by" lists and for
 * the engine's incremental evaluation. Keys are field, section or description ids; validation
 * rules are keyed by their rule id in `validationReads`.
 */
export interface FormRuleGraph {
  /**
   * For each field, section or description block with rules: the fields its rules read, and
   * through which rule (a section's or description's visibility reads show as `visibility`).
   */
  readonly dependsOn: ReadonlyMap<string, readonly FormRuleDependency[]>;
  /** For each field: the fields, sections and description blocks whose formula, default or visibility reads it. */
  readonly usedBy: ReadonlyMap<string, readonly string[]>;
  /** For each form-level validation rule: the fields it reads. */
  readonly validationReads: ReadonlyMap<string, readonly string[]>;
  /** Fields, sections and description blocks with rules, in an order where everything comes after what it reads. */
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
