import type { OperatorDefinition } from '../../compiler/OperatorDefinition.js';
import { needsClockError } from '../../compiler/ruleErrors.js';
import { addToDate, type CalendarUnit } from '../../dates/addToDate.js';
import { datePart, type DatePartName } from '../../dates/datePart.js';
import { instantOf, parseDateValue, wallTimeOf } from '../../dates/DateValue.js';
import { diffDates } from '../../dates/diffDates.js';
import { formatDate } from '../../dates/formatDate.js';
import { formatDateTime } from '../../dates/formatDateTime.js';
import { endOfPeriod, startOfPeriod, type CalendarPeriod } from '../../dates/periodBounds.js';
import { instantOfWallTime, wallTimeAt } from '../../dates/zonedTime.js';
import type { RuleRuntime } from '../../RuleRuntime.js';
import { toFiniteNumber } from '../../values/toFiniteNumber.js';
import { ruleTimeZone } from './ruleTimeZone.js';

/*
 * Date operators. Inputs are `YYYY-MM-DD` dates, ISO 8601 datetimes (with `Z` or an offset they
 * are instants; without, wall times) or epoch milliseconds; anything else makes the result null,
 * as an empty cell would. Datetimes are read on the calendar of the runtime's time zone
 * (default Asia/Shanghai), through Intl — never the host's TZ. Because the zone comes from the
 * runtime, none of them is computed ahead at compile time (`pure: false`).
 */

type DateAddUnit = CalendarUnit | 'hour' | 'minute';
const addUnits: readonly DateAddUnit[] = ['day', 'week', 'month', 'year', 'hour', 'minute'];
const diffUnits: readonly DateAddUnit[] = ['day', 'week', 'month', 'year', 'hour', 'minute'];
const dateParts: readonly DatePartName[] = ['year', 'quarter', 'month', 'day', 'weekday', 'week', 'hour', 'minute'];
const periods: readonly CalendarPeriod[] = ['week', 'month', 'quarter', 'year'];
const clockUnitMs: Readonly<Record<'hour' | 'minute', number>> = { hour: 3_600_000, minute: 60_000 };

/** The clock of the runtime, or a needs_clock RuleError naming the operator. */
function clockOf(runtime: RuleRuntime | undefined, operator: string, pointer: string): number {
  if (!runtime?.now) throw needsClockError(operator, pointer);
  return runtime.now();
}

const today: OperatorDefinition = {
  pure: false,
  compile(call) {
    call.expectArity(0);
    const { pointer } = call;
    return (_data, runtime) => {
      const now = clockOf(runtime, 'today', pointer);
      return formatDate(wallTimeAt(now, ruleTimeZone(runtime, 'today', pointer)).days);
    };
  },
};

const now: OperatorDefinition = {
  pure: false,
  compile(call) {
    call.expectArity(0);
    const { pointer } = call;
    return (_data, runtime) => formatDateTime(clockOf(runtime, 'now', pointer), ruleTimeZone(runtime, 'now', pointer));
  },
};

/** `date_add` [date, amount, unit]: a date stays a date; a datetime comes back as a datetime in the rule's zone. */
const dateAdd: OperatorDefinition = {
  pure: false,
  compile(call) {
    call.expectArity(3);
    const dateArg = call.arg(0);
    const amountArg = call.arg(1);
    const unitArg = call.choiceArg(2, addUnits);
    const { pointer } = call;
    return (data, runtime) => {
      const value = parseDateValue(dateArg(data, runtime));
      const amount = toFiniteNumber(amountArg(data, runtime));
      const unit = unitArg(data, runtime);
      if (value === null || amount === null || unit === null) return null;
      const whole = Math.trunc(amount);
      const timeZone = ruleTimeZone(runtime, 'date_add', pointer);
      if (unit === 'hour' || unit === 'minute') return formatDateTime(instantOf(value, timeZone) + whole * clockUnitMs[unit], timeZone);
      if (value.kind === 'date') return formatDate(addToDate(value.days, whole, unit));
      const wall = wallTimeOf(value, timeZone);
      const moved = instantOfWallTime({ days: addToDate(wall.days, whole, unit), msOfDay: wall.msOfDay }, timeZone);
      return formatDateTime(moved, timeZone);
    };
  },
};

/**
 * `date_diff` [from, to, unit]: whole units from `from` to `to` (negative when `to` is earlier).
 * Days, weeks, months and years count calendar dates in the rule's zone, ignoring times of day;
 * hours and minutes count elapsed time (a date is its midnight).
 */
const dateDiff: OperatorDefinition = {
  pure: false,
  compile(call) {
    call.expectArity(3);
    const fromArg = call.arg(0);
    const toArg = call.arg(1);
    const unitArg = call.choiceArg(2, diffUnits);
    const { pointer } = call;
    return (data, runtime) => {
      const from = parseDateValue(fromArg(data, runtime));
      const to = parseDateValue(toArg(data, runtime));
      const unit = unitArg(data, runtime);
      if (from === null || to === null || unit === null) return null;
      const timeZone = ruleTimeZone(runtime, 'date_diff', pointer);
      if (unit === 'hour' || unit === 'minute') {
        const elapsed = Math.trunc((instantOf(to, timeZone) - instantOf(from, timeZone)) / clockUnitMs[unit]);
        return elapsed === 0 ? 0 : elapsed;
      }
      const result = diffDates(wallTimeOf(from, timeZone).days, wallTimeOf(to, timeZone).days, unit);
      return result === 0 ? 0 : result;
    };
  },
};

/** `date_part` [date, part]: a number — weekday 1 (Monday) … 7, week the ISO week number. */
const datePartOperator: OperatorDefinition = {
  pure: false,
  compile(call) {
    call.expectArity(2);
    const dateArg = call.arg(0);
    const partArg = call.choiceArg(1, dateParts);
    const { pointer } = call;
    return (data, runtime) => {
      const value = parseDateValue(dateArg(data, runtime));
      const part = partArg(data, runtime);
      if (value === null || part === null) return null;
      return datePart(wallTimeOf(value, ruleTimeZone(runtime, 'date_part', pointer)), part);
    };
  },
};

/** `start_of` / `end_of` [date, period]: the first or last `YYYY-MM-DD` of its week (Monday–Sunday), month, quarter or year. */
function periodBound(operator: 'start_of' | 'end_of', bound: (days: number, period: CalendarPeriod) => number): OperatorDefinition {
  return {
    pure: false,
    compile(call) {
      call.expectArity(2);
      const dateArg = call.arg(0);
      const periodArg = call.choiceArg(1, periods);
      const { pointer } = call;
      return (data, runtime) => {
        const value = parseDateValue(dateArg(data, runtime));
        const period = periodArg(data, runtime);
        if (value === null || period === null) return null;
        return formatDate(bound(wallTimeOf(value, ruleTimeZone(runtime, operator, pointer)).days, period));
      };
    },
  };
}

export const dateOperators: Readonly<Record<string, OperatorDefinition>> = {
  today,
  now,
  date_add: dateAdd,
  date_diff: dateDiff,
  date_part: datePartOperator,
  start_of: periodBound('start_of', startOfPeriod),
  end_of: periodBound('end_of', endOfPeriod),
};
