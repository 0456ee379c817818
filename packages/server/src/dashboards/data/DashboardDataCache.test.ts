import { describe, expect, it } from 'vitest';
import { DashboardDataCache } from './DashboardDataCache.js';

describe('DashboardDataCache', () => {
  it('drops the least recently used entry beyond its entry bound', () => {
    const cache = new DashboardDataCache<number>({ maxEntries: 2, maxBytes: 1_000_000, maxAgeMs: 1000 });
    cache.set('a', 1, 0);
    cache.set('b', 2, 0);
    expect(cache.get('a', 0)).toBe(1); // a is now the most recently used
    cache.set('c', 3, 0);
    expect(cache.get('b', 0)).toBeUndefined();
    expect(cache.get('a', 0)).toBe(1);
    expect(cache.get('c', 0)).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('holds its bytes bound, and never keeps an entry larger than the whole bound', () => {
    const cache = new DashboardDataCache<string>({ maxEntries: 100, maxBytes: 100, maxAgeMs: 1000 });
    cache.set('k1', 'x'.repeat(20), 0); // (22 + 2) × 2 = 48 bytes
    cache.set('k2', 'y'.repeat(20), 0);
    expect(cache.totalBytes).toBe(96);
    cache.set('k3', 'z'.repeat(20), 0);
    expect(cache.get('k1', 0)).toBeUndefined();
    expect(cache.totalBytes).toBe(96);
    cache.set('big', 'w'.repeat(60), 0);
    expect(cache.get('big', 0)).toBeUndefined();
    expect(cache.get('k3', 0)).toBe('z'.repeat(20));
  });

  it('computes again after maxAgeMs, so renamed people show their new names', () => {
    const cache = new DashboardDataCache<number>({ maxEntries: 10, maxBytes: 1000, maxAgeMs: 1000 });
    cache.set('a', 1, 0);
    expect(cache.get('a', 1000)).toBe(1);
    expect(cache.get('a', 1001)).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.totalBytes).toBe(0);
  });
});
