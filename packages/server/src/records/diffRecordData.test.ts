import { describe, expect, it } from 'vitest';
import { diffRecordData } from './diffRecordData.js';

describe('diffRecordData', () => {
  it('lists changed, added and removed fields, with from/to only where a value exists', () => {
    expect(diffRecordData({ f_a: 1, f_b: 'x', f_same: [1, { a: 2 }] }, { f_a: 2, f_c: true, f_same: [1, { a: 2 }] })).toEqual([
      { fieldId: 'f_a', from: 1, to: 2 },
      { fieldId: 'f_c', to: true },
      { fieldId: 'f_b', from: 'x' },
    ]);
  });

  it('finds nothing between equal records', () => {
    expect(diffRecordData({ f_rows: [{ _id: 'r', f_q: 1 }] }, { f_rows: [{ _id: 'r', f_q: 1 }] })).toEqual([]);
  });
});
