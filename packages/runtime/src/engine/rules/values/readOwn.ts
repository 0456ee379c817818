import { isForbiddenKey } from './isForbiddenKey.js';

/**
 * The value of an own property of `target` (an object, an array or a string), or undefined.
 * Never walks the prototype chain, so `toString`, `__proto__` and the like are simply absent.
 */
export function readOwn(target: unknown, key: string): unknown {
  if (target === null || target === undefined || !Object.hasOwn(target, key) || isForbiddenKey(key)) return undefined;
  return (target as Record<string, unknown>)[key];
}
