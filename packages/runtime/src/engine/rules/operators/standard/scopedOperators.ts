import type { OperatorDefinition } from '../../compiler/OperatorDefinition.js';
import { truthy } from '../../values/truthy.js';

/*
 * `map`, `filter`, `all`, `none`, `some` [list, logic] and `reduce` [list, logic, initial] run
 * their logic once per element, with the element as the data (`{"var": ""}` is the element;
 * reduce's logic sees `{current, accumulator}`). A non-list counts as empty.
 */

export const scopedOperators: Readonly<Record<string, OperatorDefinition>> = {
  map: {
    pure: true,
    compile(call) {
      const list = call.arg(0);
      const logic = call.arg(1, 'element');
      return (data, runtime) => {
        const items = list(data, runtime);
        if (!Array.isArray(items)) return [];
        const mapped = new Array<unknown>(items.length);
        for (let index = 0; index < items.length; index += 1) mapped[index] = logic(items[index], runtime);
        return mapped;
      };
    },
  },
  filter: {
    pure: true,
    compile(call) {
      const list = call.arg(0);
      const logic = call.arg(1, 'element');
      return (data, runtime) => {
        const items = list(data, runtime);
        if (!Array.isArray(items)) return [];
        const kept: unknown[] = [];
        for (const item of items) if (truthy(logic(item, runtime))) kept.push(item);
        return kept;
      };
    },
  },
  reduce: {
    pure: true,
    compile(call) {
      const list = call.arg(0);
      const logic = call.arg(1, 'element');
      const initial = call.count > 2 ? call.arg(2) : () => null;
      return (data, runtime) => {
        const items = list(data, runtime);
        let accumulator = initial(data, runtime);
        if (!Array.isArray(items)) return accumulator;
        for (const current of items) accumulator = logic({ current, accumulator }, runtime);
        return accumulator;
      };
    },
  },
  all: {
    pure: true,
    compile(call) {
      const list = call.arg(0);
      const logic = call.arg(1, 'element');
      return (data, runtime) => {
        const items = list(data, runtime);
        if (!Array.isArray(items) || items.length === 0) return false;
        for (const item of items) if (!truthy(logic(item, runtime))) return false;
        return true;
      };
    },
  },
  none: {
    pure: true,
    compile(call) {
      const list = call.arg(0);
      const logic = call.arg(1, 'element');
      return (data, runtime) => {
        const items = list(data, runtime);
        if (!Array.isArray(items)) return true;
        for (const item of items) if (truthy(logic(item, runtime))) return false;
        return true;
      };
    },
  },
  some: {
    pure: true,
    compile(call) {
      const list = call.arg(0);
      const logic = call.arg(1, 'element');
      return (data, runtime) => {
        const items = list(data, runtime);
        if (!Array.isArray(items)) return false;
        for (const item of items) if (truthy(logic(item, runtime))) return true;
        return false;
      };
    },
  },
};
