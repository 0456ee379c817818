import type { LocalizedText } from '../i18n/Locale.js';
import type { DateText } from '../periods/Period.js';

/**
 * One target in a decomposition tree: a period (or a slice of one), a department, a person or a
 * product line, with the value it was given and the rule that gave it — shown beside the number,
 * so nobody has to guess why a week's target is 125万.
 */
export interface TargetNode {
  /** A period name (`2026-11`, `2026-W48`), a slice (`2026-11#1` for the first of four weeks, `2026-11-05` for a day), or an org/dimension id. */
  readonly key: string;
  readonly label: LocalizedText;
  readonly value: number;
  /** Time nodes: the calendar days the target covers, inclusive. A week cut by the month's end covers only the month's days. */
  readonly start?: DateText;
  readonly end?: DateText;
  readonly rule: TargetRule;
  readonly children?: readonly TargetNode[];
}

export interface TargetRule {
  /** For programs: `even`, `seasonal`, `lastYear`, `lastYearFallback`, `fourWeeks`, `isoWeeks`, `workingDays`, `calendarDays`, `weights`, `adjusted`, `growth`, `root`. */
  readonly code: string;
  readonly text: LocalizedText;
}
