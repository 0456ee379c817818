import type { Evaluator } from '../../compiler/Evaluator.js';
import type { OperatorCall } from '../../compiler/OperatorCall.js';
import type { OperatorDefinition } from '../../compiler/OperatorDefinition.js';
import { forbiddenPathError } from '../../compiler/ruleErrors.js';
import type { RuleRuntime } from '../../RuleRuntime.js';
import { isEmptyValue } from '../../values/isEmptyValue.js';
import { isForbiddenKey } from '../../values/isForbiddenKey.js';
import { isPlainRecord } from '../../values/isPlainRecord.js';
import { readOwn } from '../../values/readOwn.js';
import { decimalPlaces } from '../../values/decimalPlaces.js';
import { normaliseNumber, roundDecimal } from '../../values/roundDecimal.js';
import { toFiniteNumber } from '../../values/toFiniteNumber.js';
import { truthy } from '../../values/truthy.js';

/*
 * Aggregates over subform rows: `sum_of`, `avg_of`, `min_of`, `max_of` [rows, columnId, filter]
 * and `count_of` [rows, columnId or null, filter]. The optional filter is a rule evaluated once
 * per row on the same data plus `$row` bound to that row (`{"var": "$row.f_qty"}` is the row's
 * cell). Cells that are empty or not numbers are skipped; with no numbers at all, avg/min/max
 * are null and sum is 0.
 */

type RowVisitor = (row: unknown) => void;

interface AggregateParts {
  readonly rows: Evaluator;
  /** The column id, or null when counting rows. */
  readonly column: string | null;
  readonly filter: Evaluator | null;
}

function compileParts(call: OperatorCall, columnOptional: boolean): AggregateParts {
  call.expectArity(columnOptional ? 1 : 2, 3);
  const column = call.args[1];
  const noColumn = column === undefined || column === null || column === '';
  const valid = typeof column === 'string' || noColumn ? !noColumn || columnOptional : false;
  if (!valid) {
    call.fail({
      'zh-CN': columnOptional ? '第 2 个参数应为子表单列的字段 ID 或 null' : '第 2 个参数应为子表单列的字段 ID（文本）',
      en: columnOptional ? 'argument 2 must be the id of a subform column, or null' : 'argument 2 must be the id of a subform column (a text)',
    });
  }
  if (typeof column === 'string' && isForbiddenKey(column)) throw forbiddenPathError(call.operator, call.argPointer(1), column);
  const filterRule = call.args[2];
  return {
    rows: call.readOnlyArg(0),
    column: noColumn ? null : (column as string),
    filter: filterRule === undefined || filterRule === null ? null : call.arg(2, 'row_filter'),
  };
}

/** Calls `visit` for each row the filter keeps. The filter's data is one shallow copy of the record, its `$row` moved from row to row. */
function visitRows(parts: AggregateParts, data: unknown, runtime: RuleRuntime | undefined, visit: RowVisitor): void {
  const rows = parts.rows(data, runtime);
  if (!Array.isArray(rows)) return;
  const { filter } = parts;
  if (filter === null) {
    for (const row of rows) visit(row);
    return;
  }
  const scope: Record<string, unknown> = isPlainRecord(data) ? { ...data } : {};
  for (const row of rows) {
    scope.$row = row;
    if (truthy(filter(scope, runtime))) visit(row);
  }
}

/** A numeric aggregate: `finish` turns the kept numbers' running state into the result. */
function numericAggregate(finish: (sum: number, count: number, min: number, max: number, places: number) => unknown): OperatorDefinition {
  return {
    pure: true,
    compile(call) {
      const parts = compileParts(call, false);
      const column = parts.column ?? '';
      return (data, runtime) => {
        // Neumaier's compensated sum, rounded at the end to the most decimal places of any term:
        // 0.1 + 0.2 is 0.3 and -38580.08 + 33791.34 is -4788.74, to the cent.
        let sum = 0;
        let places = 0;
        let compensation = 0;
        let count = 0;
        let min = Infinity;
        let max = -Infinity;
        visitRows(parts, data, runtime, (row) => {
          const value = toFiniteNumber(readOwn(row, column));
          if (value === null) return;
          const next = sum + value;
          compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
          sum = next;
          count += 1;
          places = Math.max(places, decimalPlaces(value));
          if (value < min) min = value;
          if (value > max) max = value;
        });
        return finish(sum + compensation, count, min, max, places);
      };
    },
  };
}

export const aggregateOperators: Readonly<Record<string, OperatorDefinition>> = {
  sum_of: numericAggregate((sum, _count, _min, _max, places) => roundDecimal(sum, places)),
  avg_of: numericAggregate((sum, count, _min, _max, places) => (count === 0 ? null : normaliseNumber(roundDecimal(sum, places) / count))),
  min_of: numericAggregate((_sum, count, min) => (count === 0 ? null : min)),
  max_of: numericAggregate((_sum, count, _min, max) => (count === 0 ? null : max)),
  /** `count_of` [rows, column, filter]: rows kept by the filter — with a column, only those whose cell is not empty. */
  count_of: {
    pure: true,
    compile(call) {
      const parts = compileParts(call, true);
      const { column } = parts;
      return (data, runtime) => {
        let count = 0;
        visitRows(parts, data, runtime, (row) => {
          if (column === null || !isEmptyValue(readOwn(row, column))) count += 1;
        });
        return count;
      };
    },
  },
};
