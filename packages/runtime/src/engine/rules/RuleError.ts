import type { LocalizedText } from '../i18n/Locale.js';

/** Why a rule was refused (at compile time) or could not be evaluated. */
export type RuleErrorCode =
  /** A value that is not JSON (a function, a symbol, a bigint…) inside the rule. */
  | 'invalid_rule'
  | 'unknown_operator'
  | 'invalid_arguments'
  /** The rule nests deeper than the compiler allows. */
  | 'too_deep'
  /** A `var` path (or a column id) names `__proto__`, `constructor` or `prototype`. */
  | 'forbidden_path'
  /** A clock operator (`today`, `now`) ran without `now()` in the runtime. */
  | 'needs_clock'
  | 'invalid_time_zone';

/**
 * A rule that is malformed or cannot be evaluated. `pointer` is the RFC 6901 pointer inside the
 * rule to the operator at fault (e.g. `/and/1/>`), `localized` the message in every language.
 */
export class RuleError extends Error {
  override readonly name = 'RuleError';

  constructor(
    readonly code: RuleErrorCode,
    readonly pointer: string,
    readonly localized: LocalizedText,
    /** The operator at fault, when there is one. */
    readonly operator?: string,
  ) {
    super(`${localized.en} (at ${pointer === '' ? 'the rule root' : pointer})`);
  }
}
