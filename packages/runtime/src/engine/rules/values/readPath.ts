import { isForbiddenKey } from './isForbiddenKey.js';

/**
 * json-logic-js's `var` lookup of a path computed at run time: an empty path (undefined, null,
 * `''`) is the data itself; otherwise the path is read as text and split on dots, and each step
 * descends into an own property. A missing step, or a step named `__proto__`, `constructor` or
 * `prototype`, gives `notFound`.
 */
export function readPath(data: unknown, path: unknown, notFound: unknown): unknown {
  if (path === undefined || path === null || path === '') return data;
  return readSegments(data, String(path).split('.'), notFound);
}

/** Walks pre-split path segments through own properties (see {@link readPath}). */
export function readSegments(data: unknown, segments: readonly string[], notFound: unknown): unknown {
  let current = data;
  for (const segment of segments) {
    if (current === null || current === undefined || !Object.hasOwn(current, segment) || isForbiddenKey(segment)) return notFound;
    current = (current as Record<string, unknown>)[segment];
    if (current === undefined) return notFound;
  }
  return current;
}
