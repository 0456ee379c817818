import type { Evaluator } from '../../compiler/Evaluator.js';
import type { OperatorDefinition } from '../../compiler/OperatorDefinition.js';
import { truthy } from '../../values/truthy.js';

/** `if` (alias `?:`): pairs of condition and consequent, then an optional else; null when nothing matches. */
const ifOperator: OperatorDefinition = {
  pure: true,
  compile(call) {
    const parts = call.allArgs();
    const [first, second, third] = parts;
    if (first === undefined) return () => null;
    if (second === undefined) return first;
    if (third === undefined) return (data, runtime) => (truthy(first(data, runtime)) ? second(data, runtime) : null);
    if (parts.length === 3) return (data, runtime) => (truthy(first(data, runtime)) ? second(data, runtime) : third(data, runtime));
    const count = parts.length;
    return (data, runtime) => {
      let index = 0;
      for (; index < count - 1; index += 2) {
        if (truthy((parts[index] as Evaluator)(data, runtime))) return (parts[index + 1] as Evaluator)(data, runtime);
      }
      return index === count - 1 ? (parts[index] as Evaluator)(data, runtime) : null;
    };
  },
};

/** `and` returns its first falsy argument or its last one; `or` its first truthy or its last. */
function shortCircuit(stopWhen: boolean): OperatorDefinition {
  return {
    pure: true,
    compile(call) {
      const parts = call.allArgs();
      const [first, second] = parts;
      if (first === undefined) return () => undefined;
      if (second === undefined) return first;
      if (parts.length === 2) {
        return (data, runtime) => {
          const value = first(data, runtime);
          return truthy(value) === stopWhen ? value : second(data, runtime);
        };
      }
      const count = parts.length;
      return (data, runtime) => {
        let value: unknown;
        for (let index = 0; index < count; index += 1) {
          value = (parts[index] as Evaluator)(data, runtime);
          if (truthy(value) === stopWhen) return value;
        }
        return value;
      };
    },
  };
}

export const logicOperators: Readonly<Record<string, OperatorDefinition>> = {
  if: ifOperator,
  '?:': ifOperator,
  and: shortCircuit(false),
  or: shortCircuit(true),
  '!': {
    pure: true,
    compile(call) {
      const a = call.arg(0);
      return (data, runtime) => !truthy(a(data, runtime));
    },
  },
  '!!': {
    pure: true,
    compile(call) {
      const a = call.arg(0);
      return (data, runtime) => truthy(a(data, runtime));
    },
  },
};
