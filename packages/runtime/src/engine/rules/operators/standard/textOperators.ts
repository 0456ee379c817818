import type { Evaluator } from '../../compiler/Evaluator.js';
import type { OperatorDefinition } from '../../compiler/OperatorDefinition.js';

/** How `cat` (Array.prototype.join) writes a value: null and undefined are empty. */
const catPart = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

export const textOperators: Readonly<Record<string, OperatorDefinition>> = {
  cat: {
    pure: true,
    compile(call) {
      const parts = call.allArgs();
      const [a, b] = parts;
      if (a === undefined) return () => '';
      if (b === undefined) return (data, runtime) => catPart(a(data, runtime));
      if (parts.length === 2) return (data, runtime) => catPart(a(data, runtime)) + catPart(b(data, runtime));
      return (data, runtime) => {
        let text = '';
        for (const part of parts) text += catPart(part(data, runtime));
        return text;
      };
    },
  },
  /**
   * `substr` [text, start, length]: PHP-like — a negative start counts from the end, a negative
   * length leaves that many characters off the end. Annex B's String#substr is what json-logic-js
   * calls, so it is called here too, with the same coercions.
   */
  substr: {
    pure: true,
    compile(call) {
      const source = call.arg(0);
      const start = call.arg(1);
      const length: Evaluator = call.arg(2);
      return (data, runtime) => {
        const text = String(source(data, runtime));
        const from = start(data, runtime) as number;
        const count = length(data, runtime) as number;
        if (count < 0) {
          const tail = text.substr(from);
          return tail.substr(0, tail.length + count);
        }
        return text.substr(from, count);
      };
    },
  },
};
