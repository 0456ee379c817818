import { describe, expect, it } from 'vitest';
import { compileForm } from './compileForm.js';
import { formOf, testContext } from './testing/formOf.js';

const ctx = testContext('en');

const form = compileForm(
  formOf([
    {
      id: 'f_items',
      type: 'subform',
      label: 'Items',
      minRows: 1,
      maxRows: 3,
      fields: [
        { id: 'c_name', type: 'text', label: 'Name', required: true },
        { id: 'c_qty', type: 'number', label: 'Qty', min: 1 },
      ],
    },
  ]),
);

const codes = (data: unknown): string[][] => form.validateRecord(data, ctx).map((error) => [error.pointer, error.code]);

describe('subforms', () => {
  it('bounds the number of rows; no rows at all is too few', () => {
    expect(codes({ f_items: [] })).toEqual([['/f_items', 'minRows']]);
    expect(codes({})).toEqual([['/f_items', 'minRows']]);
    expect(codes({ f_items: [1, 2, 3, 4].map((n) => ({ _id: `r${n}`, c_name: 'x' })) })).toEqual([['/f_items', 'maxRows']]);
    expect(codes({ f_items: 'rows' })).toEqual([['/f_items', 'type']]);
  });

  it('validates each row, cell by cell, with the row in the pointer', () => {
    expect(codes({ f_items: [{ _id: 'r1', c_name: 'ok', c_qty: 2 }, { _id: 'r2', c_qty: 0 }] })).toEqual([
      ['/f_items/1/c_name', 'required'],
      ['/f_items/1/c_qty', 'min'],
    ]);
  });

  it('needs a valid, distinct _id in every row', () => {
    expect(codes({ f_items: [{ c_name: 'a' }, { _id: 'has space', c_name: 'b' }, { _id: 7, c_name: 'c' }] })).toEqual([
      ['/f_items/0/_id', 'rowId'],
      ['/f_items/1/_id', 'rowId'],
      ['/f_items/2/_id', 'rowId'],
    ]);
    expect(codes({ f_items: [{ _id: 'r1', c_name: 'c' }, { _id: 'r1', c_name: 'd' }] })).toEqual([['/f_items/1/_id', 'rowId']]);
  });

  it('reports rows that are no objects and unknown keys of rows', () => {
    expect(codes({ f_items: [null, { _id: 'r2', c_name: 'b', c_extra: 1, __proto__: 2 }] })).toEqual([
      ['/f_items/0', 'type'],
      ['/f_items/1/c_extra', 'unknown_field'],
    ]);
    const hostile = JSON.parse('{"f_items":[{"_id":"r1","c_name":"a","__proto__":{"polluted":true}}]}') as unknown;
    expect(codes(hostile)).toEqual([['/f_items/0/__proto__', 'unknown_field']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stores rows with their _id and their non-empty cells only', () => {
    expect(form.prepareSubmission({ f_items: [{ _id: 'r1', c_name: 'a', c_qty: null }] }, ctx)).toEqual({ ok: true, data: { f_items: [{ _id: 'r1', c_name: 'a' }] } });
  });

  describe('in a session', () => {
    const start = (): ReturnType<typeof form.createSession> => {
      let next = 0;
      return form.createSession({ f_items: [{ _id: 'a', c_name: 'A' }, { _id: 'b' }, { _id: 'c', c_name: 'C' }] }, ctx, { newRowId: () => `n${++next}` });
    };

    it('renumbers row errors when rows move, and reports every shifted pointer', () => {
      const session = start();
      expect(session.getErrors().map((error) => [error.pointer, error.message])).toEqual([['/f_items/1/c_name', 'Name in row 2 of Items is required']]);
      const changed = session.moveRow('f_items', 1, 0);
      expect(session.getErrors().map((error) => [error.pointer, error.message])).toEqual([['/f_items/0/c_name', 'Name in row 1 of Items is required']]);
      expect(session.getValue('/f_items')).toEqual([{ _id: 'b' }, { _id: 'a', c_name: 'A' }, { _id: 'c', c_name: 'C' }]);
      expect([...changed].sort()).toEqual(['/f_items', '/f_items/0', '/f_items/0/c_name', '/f_items/0/c_qty', '/f_items/1', '/f_items/1/c_name', '/f_items/1/c_qty']);
    });

    it('adds, copies and removes rows, keeping row bounds checked', () => {
      const session = start();
      session.addRow('f_items', 0);
      expect(session.getValue('/f_items/0')).toEqual({ _id: 'n1' });
      expect(session.getErrors('/f_items').map((error) => error.code)).toEqual(['maxRows']);
      session.removeRow('f_items', 0);
      session.copyRow('f_items', 0);
      expect(session.getValue('/f_items/1')).toEqual({ _id: 'n2', c_name: 'A' });
      expect(session.getErrors('/f_items').map((error) => error.code)).toEqual(['maxRows']);
      session.removeRow('f_items', 3);
      session.removeRow('f_items', 1);
      expect(session.getErrors('/f_items')).toEqual([]);
      const changed = session.removeRow('f_items', 2);
      expect(changed.size).toBe(0);
    });

    it('replaces all rows when the subform is set as a whole', () => {
      const session = start();
      session.setValue('/f_items', [{ _id: 'x', c_name: 'X' }, {}]);
      expect(session.getValue('/f_items')).toEqual([{ _id: 'x', c_name: 'X' }, { _id: 'n1' }]);
      expect(session.isVisible('/f_items/1/c_name')).toBe(true);
      expect(session.isVisible('/f_items/2/c_name')).toBe(false);
    });
  });
});
