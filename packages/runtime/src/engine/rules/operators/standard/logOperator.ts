import type { OperatorDefinition } from '../../compiler/OperatorDefinition.js';

/**
 * `log` [value]: passes its value through and hands it to the runtime's `log`, if any (the
 * engine itself writes to no console).
 */
export const logOperator: OperatorDefinition = {
  pure: false,
  compile(call) {
    const value = call.arg(0);
    return (data, runtime) => {
      const result = value(data, runtime);
      runtime?.log?.(result);
      return result;
    };
  },
};
