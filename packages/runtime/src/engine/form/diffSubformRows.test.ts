import { describe, expect, it } from 'vitest';
import { diffSubformRows } from './diffSubformRows.js';

describe('diffSubformRows', () => {
  it('matches rows by id: a changed row lists only the columns that differ, numbered where it stands now', () => {
    const before = [
      { _id: 'a', f_product: 'Pen', f_qty: 1 },
      { _id: 'b', f_product: 'Ink', f_qty: 10 },
    ];
    const after = [
      { _id: 'a', f_product: 'Pen', f_qty: 1 },
      { _id: 'b', f_product: 'Ink', f_qty: 12 },
    ];
    expect(diffSubformRows(before, after)).toEqual([{ rowId: 'b', kind: 'changed', row: 2, columns: [{ columnId: 'f_qty', from: 10, to: 12 }] }]);
  });

  it('lists added rows in the new order and removed rows last, at their old number, with their values', () => {
    const before = [
      { _id: 'a', f_qty: 1 },
      { _id: 'b', f_qty: 2, f_note: '' },
    ];
    const after = [
      { _id: 'c', f_qty: 3 },
      { _id: 'a', f_qty: 1 },
    ];
    expect(diffSubformRows(before, after)).toEqual([
      { rowId: 'c', kind: 'added', row: 1, columns: [{ columnId: 'f_qty', to: 3 }] },
      { rowId: 'b', kind: 'removed', row: 2, columns: [{ columnId: 'f_qty', from: 2 }] },
    ]);
  });

  it('treats a missing subform as no rows, and a cleared value in a row as gone', () => {
    expect(diffSubformRows(undefined, [{ _id: 'a', f_qty: 1 }])).toEqual([{ rowId: 'a', kind: 'added', row: 1, columns: [{ columnId: 'f_qty', to: 1 }] }]);
    expect(diffSubformRows([{ _id: 'a', f_qty: 1 }], [{ _id: 'a', f_qty: null }])).toEqual([{ rowId: 'a', kind: 'changed', row: 1, columns: [{ columnId: 'f_qty', from: 1 }] }]);
  });

  it('says nothing for values that are not rows with ids, so the caller shows them whole', () => {
    expect(diffSubformRows(['a'], ['b'])).toBeUndefined();
    expect(diffSubformRows([{ f_qty: 1 }], [])).toBeUndefined();
    expect(diffSubformRows('x', [])).toBeUndefined();
  });
});
