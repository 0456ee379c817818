import type { RuleRuntime } from './RuleRuntime.js';

/** What a rule reads from its data, for dependency graphs. */
export interface RuleDependencies {
  /**
   * Literal `var` paths as written (`f_amount`, `$row.f_qty`, `f_items`), deduplicated, in order
   * of first appearance; also the keys named by `missing`/`missing_some`. Paths read inside the
   * per-element logic of `map`/`filter`/`reduce`/`all`/`none`/`some` refer to the element, not to
   * the record, and are left out; so are `$row…` paths inside an aggregate's row filter.
   */
  readonly vars: readonly string[];
  /** True when some path is computed at run time (or the whole data is read): the rule may depend on anything. */
  readonly dynamic: boolean;
}

/** A rule validated and compiled once, to be evaluated many times. */
export interface CompiledRule {
  evaluate(data: unknown, runtime?: RuleRuntime): unknown;
  readonly dependencies: RuleDependencies;
}

export interface CompileRuleOptions {
  /** How deep operations and literal lists may nest (an operation's own argument list does not count) before the rule is refused. Default 200. */
  readonly maxDepth?: number;
}
