import type { OperatorCall } from '../../compiler/OperatorCall.js';
import type { OperatorDefinition } from '../../compiler/OperatorDefinition.js';
import { forbiddenPathError, invalidArgumentsError } from '../../compiler/ruleErrors.js';
import { isForbiddenKey } from '../../values/isForbiddenKey.js';
import { readPath, readSegments } from '../../values/readPath.js';

/*
 * `missing` [key…] lists the keys whose value is null, undefined or ''; given one list it checks
 * that list. `missing_some` [need, keys] lists them only when fewer than `need` are present.
 *
 * Deliberate deviation: json-logic-js re-applies each key as a rule (`{"var": key}`), so a
 * one-key object met as a key — possibly coming from the data — would run as an operation. Here a
 * key is always a path (read as text), never code.
 */

/** The keys among `keys` that are missing from `data`. A key may be [path, default], as in `var`. */
function missingKeys(data: unknown, keys: readonly unknown[]): unknown[] {
  const missing: unknown[] = [];
  for (const key of keys) {
    const value = Array.isArray(key) ? readPath(data, key[0], key[1] ?? null) : readPath(data, typeof key === 'object' && key !== null ? String(key) : key, null);
    if (value === null || value === '') missing.push(key);
  }
  return missing;
}

/** Literal keys are split once and recorded as dependencies; null when the keys are computed. */
function literalKeys(call: OperatorCall, keys: readonly unknown[]): { key: unknown; segments: string[] | null }[] | null {
  if (!keys.every((key) => typeof key === 'string' || typeof key === 'number')) return null;
  return keys.map((key) => {
    if (key === '') {
      call.compiler.markDynamic();
      return { key, segments: null };
    }
    const path = String(key);
    const segments = path.split('.');
    if (segments.some(isForbiddenKey)) throw forbiddenPathError(call.operator, call.pointer, path);
    call.compiler.recordVar(path);
    return { key, segments };
  });
}

function compileLiteralMissing(keys: readonly { key: unknown; segments: string[] | null }[]): (data: unknown) => unknown[] {
  return (data) => {
    const missing: unknown[] = [];
    for (const { key, segments } of keys) {
      const value = segments === null ? data : readSegments(data, segments, null);
      if (value === null || value === '') missing.push(key);
    }
    return missing;
  };
}

const missingOperator: OperatorDefinition = {
  pure: false,
  compile(call) {
    const first = call.args[0];
    const listed = Array.isArray(first) ? literalKeys(call, first) : literalKeys(call, call.args);
    if (listed) return compileLiteralMissing(listed);
    call.compiler.markDynamic();
    const parts = call.allArgs();
    return (data, runtime) => {
      const values = parts.map((part) => part(data, runtime));
      return missingKeys(data, Array.isArray(values[0]) ? (values[0] as unknown[]) : values);
    };
  },
};

const missingSomeOperator: OperatorDefinition = {
  pure: false,
  compile(call) {
    const need = call.arg(0);
    const options = call.args[1];
    const listed = Array.isArray(options) && !Array.isArray(options[0]) ? literalKeys(call, options) : null;
    if (listed) {
      const missingOf = compileLiteralMissing(listed);
      const total = listed.length;
      return (data, runtime) => {
        const required = need(data, runtime) as number;
        const missing = missingOf(data);
        return total - missing.length >= required ? [] : missing;
      };
    }
    call.compiler.markDynamic();
    const keys = call.arg(1);
    const pointer = call.pointer;
    return (data, runtime) => compareMissing(data, need(data, runtime), keys(data, runtime), pointer);
  },
};

function compareMissing(data: unknown, need: unknown, options: unknown, pointer: string): unknown[] {
  const list = Array.isArray(options) ? options : [options];
  const missing = missingKeys(data, Array.isArray(list[0]) ? (list[0] as unknown[]) : list);
  if (options === null || options === undefined) {
    // json-logic-js fails here too (it reads `options.length`).
    throw invalidArgumentsError('missing_some', pointer, { 'zh-CN': '第 2 个参数应为键的列表', en: 'argument 2 must be a list of keys' });
  }
  // A text counts its characters, anything else without a length compares as NaN: as json-logic-js.
  const length = (options as { length?: unknown }).length as number;
  return length - missing.length >= (need as number) ? [] : missing;
}

export const missingOperators: Readonly<Record<string, OperatorDefinition>> = {
  missing: missingOperator,
  missing_some: missingSomeOperator,
};
