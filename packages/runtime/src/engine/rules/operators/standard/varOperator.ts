import type { Evaluator } from '../../compiler/Evaluator.js';
import type { OperatorCall } from '../../compiler/OperatorCall.js';
import type { OperatorDefinition } from '../../compiler/OperatorDefinition.js';
import { forbiddenPathError } from '../../compiler/ruleErrors.js';
import { isForbiddenKey } from '../../values/isForbiddenKey.js';
import { readPath, readSegments } from '../../values/readPath.js';

/**
 * `var` [path, default]: a value from the data by dotted path (`a.b.0`), or the default (null when
 * there is none). Unlike json-logic-js it reads own properties only — `{"var": "toString"}` is
 * null, not a function — and a literal path through `__proto__`, `constructor` or `prototype` is
 * refused at compile time (a computed one reads as not found). A computed default is evaluated
 * only when the path misses, where json-logic-js always evaluates it: the result is the same.
 */
export const varOperator: OperatorDefinition = {
  pure: false,
  compile(call) {
    const pathRule = call.args[0];
    if (call.isComputed(0)) {
      call.compiler.markDynamic();
      const path = call.arg(0);
      const fallback = compileFallback(call);
      return (data, runtime) => {
        const value = readPath(data, path(data, runtime), undefined);
        return value === undefined ? fallback(data, runtime) : value;
      };
    }
    if (pathRule === undefined || pathRule === null || pathRule === '') {
      call.compiler.markDynamic();
      return (data) => data;
    }
    const path = String(pathRule);
    const segments = path.split('.');
    if (segments.some(isForbiddenKey)) throw forbiddenPathError('var', call.pointer, path);
    call.compiler.recordVar(path);
    if (call.count < 2 || !call.isComputed(1)) return compileLiteralPath(segments, call.args[1] ?? null);
    const fallback = compileFallback(call);
    return (data, runtime) => {
      const value = readSegments(data, segments, undefined);
      return value === undefined ? fallback(data, runtime) : value;
    };
  },
};

/** Paths known at compile time are split once; one- and two-step paths get their own closure. */
function compileLiteralPath(segments: readonly string[], notFound: unknown): Evaluator {
  const [first = '', second = ''] = segments;
  if (segments.length === 1) {
    return (data) => {
      if (data === null || data === undefined || !Object.hasOwn(data, first)) return notFound;
      const value = (data as Record<string, unknown>)[first];
      return value === undefined ? notFound : value;
    };
  }
  if (segments.length === 2) {
    return (data) => {
      if (data === null || data === undefined || !Object.hasOwn(data, first)) return notFound;
      const parent = (data as Record<string, unknown>)[first];
      if (parent === null || parent === undefined || !Object.hasOwn(parent, second)) return notFound;
      const value = (parent as Record<string, unknown>)[second];
      return value === undefined ? notFound : value;
    };
  }
  return (data) => readSegments(data, segments, notFound);
}

/** The default: null when absent, or when it evaluates to undefined (as in json-logic-js). */
function compileFallback(call: OperatorCall): Evaluator {
  if (call.count < 2) return () => null;
  const fallback = call.arg(1);
  return (data, runtime) => fallback(data, runtime) ?? null;
}
