import type { Evaluator } from '../../compiler/Evaluator.js';
import type { OperatorDefinition } from '../../compiler/OperatorDefinition.js';

/*
 * Arithmetic as json-logic-js does it: `+` and `*` read each argument with parseFloat (so '3abc'
 * is 3 and null is NaN), `-`, `/`, `%`, `min` and `max` with JavaScript's own coercion. The casts
 * below only quiet TypeScript: the runtime coercions are JavaScript's, on whatever value came.
 */

const toFloat = (value: unknown): number => parseFloat(value as string);

export const arithmeticOperators: Readonly<Record<string, OperatorDefinition>> = {
  '+': {
    pure: true,
    compile(call) {
      const parts = call.allArgs();
      const [a, b] = parts;
      // json-logic-js folds from 0, so a lone '-0' comes out as 0.
      if (a === undefined) return () => 0;
      if (b === undefined) return (data, runtime) => 0 + toFloat(a(data, runtime));
      if (parts.length === 2) return (data, runtime) => 0 + toFloat(a(data, runtime)) + toFloat(b(data, runtime));
      return (data, runtime) => {
        let sum = 0;
        for (const part of parts) sum += toFloat(part(data, runtime));
        return sum;
      };
    },
  },
  '*': {
    pure: true,
    compile(call) {
      // json-logic-js reduces without a seed: no argument at all throws, one comes back untouched.
      if (call.count === 0) call.expectArity(1, Infinity);
      const parts = call.allArgs();
      const [a, b] = parts;
      if (a === undefined) return () => undefined;
      if (b === undefined) return a;
      if (parts.length === 2) return (data, runtime) => toFloat(a(data, runtime)) * toFloat(b(data, runtime));
      const count = parts.length;
      return (data, runtime) => {
        let product: unknown = a(data, runtime);
        for (let index = 1; index < count; index += 1) product = toFloat(product) * toFloat((parts[index] as Evaluator)(data, runtime));
        return product;
      };
    },
  },
  '-': {
    pure: true,
    compile(call) {
      const a = call.arg(0);
      if (call.count < 2) return (data, runtime) => -(a(data, runtime) as number);
      const b = call.arg(1);
      return (data, runtime) => {
        const left = a(data, runtime) as number;
        const right = b(data, runtime) as number | undefined;
        return right === undefined ? -left : left - right;
      };
    },
  },
  '/': {
    pure: true,
    compile(call) {
      const a = call.arg(0);
      const b = call.arg(1);
      return (data, runtime) => (a(data, runtime) as number) / (b(data, runtime) as number);
    },
  },
  '%': {
    pure: true,
    compile(call) {
      const a = call.arg(0);
      const b = call.arg(1);
      return (data, runtime) => (a(data, runtime) as number) % (b(data, runtime) as number);
    },
  },
  min: extremum(Math.min),
  max: extremum(Math.max),
};

function extremum(pick: (...values: number[]) => number): OperatorDefinition {
  return {
    pure: true,
    compile(call) {
      const parts = call.allArgs();
      const [a, b] = parts;
      if (a === undefined) return () => pick();
      if (b === undefined) return (data, runtime) => pick(a(data, runtime) as number);
      if (parts.length === 2) return (data, runtime) => pick(a(data, runtime) as number, b(data, runtime) as number);
      return (data, runtime) => pick(...parts.map((part) => part(data, runtime) as number));
    },
  };
}
