import { describe, expect, it } from 'vitest';
import { newRecordIds } from './newRecordIds.js';

/** Deterministic bytes: a small linear congruential generator, so a failure reproduces. */
function seededBytes(seed: number): (size: number) => Buffer {
  let state = seed;
  return (size) => {
    const bytes = Buffer.alloc(size);
    for (let index = 0; index < size; index++) {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      bytes[index] = state >>> 24;
    }
    return bytes;
  };
}

describe('newRecordIds', () => {
  it('makes ids in the format of newId("rec"), each from its own ten random bytes', () => {
    const count = 5000;
    const ids = newRecordIds(seededBytes(7), count);
    const hex = seededBytes(7)(10 * count).toString('hex');
    const expected = Array.from({ length: count }, (_, index) => `rec_${hex.slice(index * 20, index * 20 + 20)}`);
    expect(ids).toHaveLength(count);
    for (const id of ids) expect(id).toMatch(/^rec_[0-9a-f]{20}$/);
    // Nothing lost, nothing repeated: the same ids as making them one by one, reordered.
    expect([...ids].sort()).toEqual([...expected].sort());
  });

  it('hands them out in ascending order of their first two bytes', () => {
    const ids = newRecordIds(seededBytes(11), 20_000);
    const prefixes = ids.map((id) => id.slice(4, 8));
    expect(prefixes).toEqual([...prefixes].sort());
    // Not merely a sorted copy of the first ids: the whole 16-bit range is used.
    expect(prefixes[0]! < '0100').toBe(true);
    expect(prefixes.at(-1)! > 'ff00').toBe(true);
  });

  it('makes none when asked for none', () => {
    expect(newRecordIds(seededBytes(1), 0)).toEqual([]);
  });
});
