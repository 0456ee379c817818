import type { Evaluator } from '../../compiler/Evaluator.js';
import type { OperatorDefinition } from '../../compiler/OperatorDefinition.js';
import { isEmptyValue } from '../../values/isEmptyValue.js';

/*
 * Membership tests for multi-choice values. A single value counts as a list of one and an empty
 * value as an empty list, so the same rule works on a radio and on a checkbox group. Members are
 * compared with SameValueZero (`'1'` is not `1`).
 */

function asList(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value;
  return value === null || value === undefined || value === '' ? [] : [value];
}

function listTest(test: (list: readonly unknown[], values: readonly unknown[]) => boolean, valueIsList: boolean): OperatorDefinition {
  return {
    pure: true,
    compile(call) {
      call.expectArity(2);
      const list = call.readOnlyArg(0);
      const values = valueIsList ? call.readOnlyArg(1) : call.arg(1);
      return (data, runtime) => {
        const second = values(data, runtime);
        return test(asList(list(data, runtime)), valueIsList ? asList(second) : [second]);
      };
    },
  };
}

export const membershipOperators: Readonly<Record<string, OperatorDefinition>> = {
  /** `includes` [list, value]: whether the list holds the value. */
  includes: listTest((list, [value]) => list.includes(value), false),
  /** `includes_any` [list, values]: whether the list holds at least one of the values (none given: false). */
  includes_any: listTest((list, values) => values.some((value) => list.includes(value)), true),
  /** `includes_all` [list, values]: whether the list holds every one of the values (none given: true). */
  includes_all: listTest((list, values) => values.every((value) => list.includes(value)), true),
  /** `is_empty` [x]: null, '', [] or {}. */
  is_empty: {
    pure: true,
    compile(call) {
      call.expectArity(1);
      const value = call.arg(0);
      return (data, runtime) => isEmptyValue(value(data, runtime));
    },
  },
  /** `coalesce` [a, b, …]: the first argument that is not empty (see is_empty), evaluated left to right and no further; else null. */
  coalesce: {
    pure: true,
    compile(call) {
      call.expectArity(1, Infinity);
      const parts = call.allArgs();
      return (data, runtime) => {
        for (const part of parts as readonly Evaluator[]) {
          const value = part(data, runtime);
          if (!isEmptyValue(value)) return value;
        }
        return null;
      };
    },
  },
};
