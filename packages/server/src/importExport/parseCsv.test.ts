import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRowBound, csvRows, CsvSyntaxError, parseCsv } from './parseCsv.js';
import { csvRow } from './writeCsv.js';

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes and line breaks inside quotes, skipping the BOM', () => {
    expect(parseCsv('\uFEFFname,note\r\n"Li, Lei","said ""hi""\nthen left"\r\n')).toEqual([
      ['name', 'note'],
      ['Li, Lei', 'said "hi"\nthen left'],
    ]);
  });

  it('takes LF, CRLF and CR line ends, an optional last one, and empty fields', () => {
    expect(parseCsv('a,b\nc,\r\n,d\re,f')).toEqual([
      ['a', 'b'],
      ['c', ''],
      ['', 'd'],
      ['e', 'f'],
    ]);
  });

  it('keeps blank lines, so row numbers match a spreadsheet', () => {
    expect(parseCsv('h\n\nx\n')).toEqual([['h'], [''], ['x']]);
  });

  it('takes a stray quote inside an unquoted field literally', () => {
    expect(parseCsv('5" screen,ok')).toEqual([['5" screen', 'ok']]);
  });

  it('reports a quoted field that never closes, with its row', () => {
    expect(() => parseCsv('a\nb\n"open,\nstill open')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a\nb\n"open');
    } catch (error) {
      expect((error as CsvSyntaxError).row).toBe(3);
    }
  });

  it('reads back whatever csvRow writes', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', '中', ',', '"', '\n', '\r', ' ', '=', "'"), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        // A row of one empty cell is a blank line: written and read back as such.
        expect(parseCsv(rows.map((row) => csvRow(row)).join(''))).toEqual(rows);
      }),
    );
  });

  it('gives rows one at a time: those before a broken row come before its error', () => {
    const rows = csvRows('a\nb\n"open');
    expect([rows.next().value, rows.next().value]).toEqual([['a'], ['b']]);
    expect(() => rows.next()).toThrow(CsvSyntaxError);
  });

  it('bounds the row count from the line breaks, exactly when no field is quoted across lines', () => {
    expect(csvRowBound('a\r\nb\nc\rd')).toBe(4);
    expect(csvRowBound('a\r\nb\r\n')).toBe(3);
    expect(parseCsv('a\r\nb\r\n')).toHaveLength(2);
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r'), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const text = rows.map((row) => csvRow(row)).join('');
        expect(csvRowBound(text)).toBeGreaterThanOrEqual(parseCsv(text).length);
      }),
    );
  });
});
