import type { OperatorDefinition } from '../../compiler/OperatorDefinition.js';

/*
 * JavaScript's own comparisons, coercions and all, exactly as json-logic-js applies them: every
 * argument is evaluated first, then compared. `<` and `<=` take a third argument for "between".
 * Values are typed `number` only to satisfy the compiler; the runtime semantics are JavaScript's.
 */

export const comparisonOperators: Readonly<Record<string, OperatorDefinition>> = {
  '==': {
    pure: true,
    compile(call) {
      const a = call.arg(0);
      const b = call.arg(1);
      return (data, runtime) => a(data, runtime) == b(data, runtime);
    },
  },
  '===': {
    pure: true,
    compile(call) {
      const a = call.arg(0);
      const b = call.arg(1);
      return (data, runtime) => a(data, runtime) === b(data, runtime);
    },
  },
  '!=': {
    pure: true,
    compile(call) {
      const a = call.arg(0);
      const b = call.arg(1);
      return (data, runtime) => a(data, runtime) != b(data, runtime);
    },
  },
  '!==': {
    pure: true,
    compile(call) {
      const a = call.arg(0);
      const b = call.arg(1);
      return (data, runtime) => a(data, runtime) !== b(data, runtime);
    },
  },
  '>': {
    pure: true,
    compile(call) {
      const a = call.arg(0);
      const b = call.arg(1);
      return (data, runtime) => (a(data, runtime) as number) > (b(data, runtime) as number);
    },
  },
  '>=': {
    pure: true,
    compile(call) {
      const a = call.arg(0);
      const b = call.arg(1);
      return (data, runtime) => (a(data, runtime) as number) >= (b(data, runtime) as number);
    },
  },
  '<': {
    pure: true,
    compile(call) {
      const a = call.arg(0);
      const b = call.arg(1);
      if (call.count <= 2) return (data, runtime) => (a(data, runtime) as number) < (b(data, runtime) as number);
      const c = call.arg(2);
      return (data, runtime) => {
        const low = a(data, runtime) as number;
        const middle = b(data, runtime) as number;
        const high = c(data, runtime) as number | undefined;
        return high === undefined ? low < middle : low < middle && middle < high;
      };
    },
  },
  '<=': {
    pure: true,
    compile(call) {
      const a = call.arg(0);
      const b = call.arg(1);
      if (call.count <= 2) return (data, runtime) => (a(data, runtime) as number) <= (b(data, runtime) as number);
      const c = call.arg(2);
      return (data, runtime) => {
        const low = a(data, runtime) as number;
        const middle = b(data, runtime) as number;
        const high = c(data, runtime) as number | undefined;
        return high === undefined ? low <= middle : low <= middle && middle <= high;
      };
    },
  },
};
