/**
 * Keys a rule may never read, even when the data holds them as own properties (JSON.parse makes
 * an own `__proto__`): refusing the names outright keeps every prototype out of reach.
 */
export function isForbiddenKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}
