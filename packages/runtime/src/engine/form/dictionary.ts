/**
 * An empty object without a prototype, for the engine's own maps keyed by field id: field ids
 * such as `constructor` or `toString` are valid, and must not find Object.prototype's members.
 */
export function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
