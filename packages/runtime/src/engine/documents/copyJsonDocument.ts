import type { DocumentIssue } from './DocumentIssue.js';
import { appendPointer } from './JsonPointer.js';
import type { JsonObject, JsonValue } from './JsonValue.js';

/** How much a document may hold before it is refused unread. */
export interface JsonCopyLimits {
  /** Deepest nesting of arrays and objects (the document itself is depth 0). */
  readonly maxDepth: number;
  /** Most values (every object, array, string, number, boolean and null counts one). */
  readonly maxValues: number;
}

/**
 * Generous for real documents (a 500-field form is a few ten thousand values, rules nest a few
 * dozen deep) and small enough that recursion and validation stay fast on hostile input.
 */
export const defaultJsonCopyLimits: JsonCopyLimits = { maxDepth: 100, maxValues: 200_000 };

/** Keys refused anywhere in a document: they reach prototypes when code indexes objects by them. */
const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Beyond this many faults the copy stops: one list of a hundred identical faults helps nobody. */
const maxIssues = 20;

export type JsonCopy =
  | { readonly ok: true; readonly value: JsonValue; /** How many values the document holds. */ readonly size: number }
  | { readonly ok: false; readonly errors: readonly DocumentIssue[] };

/** Thrown inside the copy to stop at a limit; never escapes `copyJsonDocument`. */
class CopyStopped extends Error {}

/**
 * Copies untrusted input into fresh plain JSON, the first step of every parse: the copy shares
 * nothing with the input (later steps may trust it), keys that reach prototypes are refused,
 * nesting and size are bounded, and values JSON cannot hold (functions, `NaN`, dates, class
 * instances, sparse arrays) are reported. Properties whose value is `undefined` are dropped, as
 * `JSON.stringify` drops them. Never throws, even for proxies or throwing getters.
 *
 * @example
 * copyJsonDocument(JSON.parse('{"__proto__": {}}')) // { ok: false, errors: [{ pointer: '/__proto__', code: 'forbiddenKey', … }] }
 */
export function copyJsonDocument(input: unknown, limits: JsonCopyLimits = defaultJsonCopyLimits): JsonCopy {
  const errors: DocumentIssue[] = [];
  let values = 0;

  const fail = (issue: DocumentIssue, fatal: boolean): void => {
    errors.push(issue);
    if (fatal || errors.length >= maxIssues) throw new CopyStopped();
  };

  const copy = (value: unknown, pointer: string, depth: number): JsonValue => {
    values += 1;
    if (values > limits.maxValues) fail(tooLarge(pointer, limits.maxValues), true);
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return value;
      fail(notJson(pointer), false);
      return null;
    }
    if (typeof value !== 'object') {
      fail(notJson(pointer), false);
      return null;
    }
    if (depth >= limits.maxDepth) fail(tooDeep(pointer, limits.maxDepth), true);
    if (Array.isArray(value)) {
      const items: JsonValue[] = [];
      for (let index = 0; index < value.length; index += 1) {
        // A hole reads as undefined, which `copy` reports: JSON has no holes.
        items.push(copy(value[index], appendPointer(pointer, index), depth + 1));
      }
      return items;
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      fail(notJson(pointer), false);
      return null;
    }
    const object: Record<string, JsonValue> = {};
    for (const key of Object.keys(value)) {
      const keyPointer = appendPointer(pointer, key);
      if (forbiddenKeys.has(key)) {
        fail(forbiddenKey(keyPointer, key), false);
        continue;
      }
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item === undefined) continue;
      object[key] = copy(item, keyPointer, depth + 1);
    }
    return object satisfies JsonObject;
  };

  try {
    const value = copy(input, '', 0);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value, size: values };
  } catch (error) {
    if (error instanceof CopyStopped) return { ok: false, errors };
    // A proxy trap or a getter threw: the input is not data.
    return { ok: false, errors: [...errors, unreadable()] };
  }
}

function tooLarge(pointer: string, maxValues: number): DocumentIssue {
  return {
    pointer,
    code: 'tooLarge',
    message: {
      'zh-CN': `文档过大：超过 ${maxValues} 个值，已停止读取`,
      en: `The document is too large: it holds more than ${maxValues} values, so reading stopped`,
    },
  };
}

function tooDeep(pointer: string, maxDepth: number): DocumentIssue {
  return {
    pointer,
    code: 'tooDeep',
    message: {
      'zh-CN': `文档嵌套过深：超过 ${maxDepth} 层`,
      en: `The document is nested too deeply: more than ${maxDepth} levels`,
    },
  };
}

function forbiddenKey(pointer: string, key: string): DocumentIssue {
  return {
    pointer,
    code: 'forbiddenKey',
    message: {
      'zh-CN': `不允许使用名为“${key}”的属性`,
      en: `A property may not be named "${key}"`,
    },
  };
}

function notJson(pointer: string): DocumentIssue {
  return {
    pointer,
    code: 'notJson',
    message: {
      'zh-CN': '这里的值不是 JSON 数据（如函数、NaN、日期对象或空位）',
      en: 'This value is not JSON data (such as a function, NaN, a Date object or an empty array slot)',
    },
  };
}

function unreadable(): DocumentIssue {
  return {
    pointer: '',
    code: 'unreadable',
    message: { 'zh-CN': '文档无法读取：它不是普通的 JSON 数据', en: 'The document cannot be read: it is not plain JSON data' },
  };
}
