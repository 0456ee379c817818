import { describe, expect, it } from 'vitest';
import { neutralizeCell, unneutralizeCell } from './neutralizeCell.js';

describe('neutralizeCell', () => {
  it('quotes every text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+2', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x")']) {
      expect(neutralizeCell(text)).toBe(`'${text}`);
    }
  });

  it('leaves other text alone', () => {
    for (const text of ['plain', '1+2', ' =1', "'quoted", '中文=1', '']) expect(neutralizeCell(text)).toBe(text);
  });

  it('is undone on import, and only for what it quoted', () => {
    for (const text of ['=1+2', '-5', '@x', 'plain', "'already quoted"]) expect(unneutralizeCell(neutralizeCell(text))).toBe(text);
    expect(unneutralizeCell("'plain")).toBe("'plain");
  });
});
