import { invalidTimeZoneError } from '../../compiler/ruleErrors.js';
import { isKnownTimeZone } from '../../dates/zonedTime.js';
import { defaultRuleTimeZone, type RuleRuntime } from '../../RuleRuntime.js';

/** The runtime's time zone (Asia/Shanghai by default), refused with a RuleError if Intl does not know it. */
export function ruleTimeZone(runtime: RuleRuntime | undefined, operator: string, pointer: string): string {
  const timeZone = runtime?.timeZone ?? defaultRuleTimeZone;
  if (!isKnownTimeZone(timeZone)) throw invalidTimeZoneError(operator, pointer, timeZone);
  return timeZone;
}
