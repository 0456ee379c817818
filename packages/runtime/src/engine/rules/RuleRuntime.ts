/**
 * What evaluation may need from the outside world, injected by the caller: the engine never reads
 * the clock. A form's `EvaluationContext` is a RuleRuntime.
 */
export interface RuleRuntime {
  /** Milliseconds since the epoch; `today`, `now` and nothing else use it. */
  readonly now?: () => number;
  /** IANA time zone in which dates are read and `today` is taken. Default {@link defaultRuleTimeZone}. */
  readonly timeZone?: string;
  /** Receives the value of every `log` operation; without it `log` only passes its value through. */
  readonly log?: (value: unknown) => void;
}

/** The time zone of rules whose runtime names none. */
export const defaultRuleTimeZone = 'Asia/Shanghai';
