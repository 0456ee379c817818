import type { OperatorDefinition } from '../../compiler/OperatorDefinition.js';

export const listOperators: Readonly<Record<string, OperatorDefinition>> = {
  /**
   * `in` [needle, haystack]: substring of a text or (strict) member of a list. Deliberate
   * deviation: json-logic-js calls whatever `indexOf` the haystack has, so a data object with an
   * own `indexOf` key makes it throw; here only texts and lists are searched, anything else is false.
   */
  in: {
    pure: true,
    compile(call) {
      const needle = call.arg(0);
      const haystack = call.readOnlyArg(1);
      return (data, runtime) => {
        const value = needle(data, runtime);
        const within = haystack(data, runtime);
        if (typeof within === 'string') return within !== '' && within.indexOf(value as string) !== -1;
        return Array.isArray(within) && within.indexOf(value) !== -1;
      };
    },
  },
  /** `merge` [list or value…]: one flat list (one level deep), as Array#concat builds it. */
  merge: {
    pure: true,
    compile(call) {
      const parts = call.allArgs();
      return (data, runtime) => {
        const merged: unknown[] = [];
        for (const part of parts) {
          const value = part(data, runtime);
          if (Array.isArray(value)) for (const item of value) merged.push(item);
          else merged.push(value);
        }
        return merged;
      };
    },
  },
};
