/** CSV text that could not be read, with the (1-based) row where the problem starts. */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
  constructor(readonly row: number) {
    super(`unterminated quoted field starting in row ${row}`);
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Parses CSV as RFC 4180 has it, as Excel and WPS write it: a UTF-8 byte order mark is skipped,
 * fields may be quoted (`""` is a quote inside), quoted fields may hold commas and line breaks,
 * rows end in CRLF, LF or CR, and a last line break is optional. A quote inside an unquoted field
 * is taken literally (lenient, like spreadsheets); a quoted field left open is a CsvSyntaxError.
 * Blank lines stay (as `['']`) so that row numbers match what a spreadsheet shows. One pass over char codes: no regular expressions, no backtracking.
 *
 * @example
 * parseCsv('\uFEFFname,note\r\n"Li, Lei","said ""hi""\nthen left"\r\n')
 * // [['name', 'note'], ['Li, Lei', 'said "hi"\nthen left']]
 */
export function parseCsv(text: string): string[][] {
  return Array.from(csvRows(text));
}

/**
 * `parseCsv` one row at a time, so that an import can check the first rows while later ones are
 * still unread. A CsvSyntaxError comes when the row that has it is reached.
 */
export function* csvRows(text: string): Generator<string[], void, undefined> {
  let row: string[] = [];
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const length = text.length;
  let rowNumber = 1;
  while (index <= length) {
    let field: string;
    if (text.charCodeAt(index) === QUOTE) {
      // Quoted: read to the closing quote, unescaping doubled quotes.
      let value = '';
      let from = index + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) throw new CsvSyntaxError(rowNumber);
        value += text.slice(from, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          from = close + 2;
          continue;
        }
        index = close + 1;
        break;
      }
      // Anything between the closing quote and the separator is kept, as spreadsheets do.
      let end = index;
      while (end < length && !isSeparator(text.charCodeAt(end))) end++;
      field = end > index ? value + text.slice(index, end) : value;
      index = end;
    } else {
      let end = index;
      while (end < length && !isSeparator(text.charCodeAt(end))) end++;
      field = text.slice(index, end);
      index = end;
    }
    row.push(field);
    const code = text.charCodeAt(index);
    if (code === COMMA) {
      index++;
      continue;
    }
    // End of the row: a line break or the end of the text.
    if (code === CR && text.charCodeAt(index + 1) === LF) index += 2;
    else index += 1;
    yield row;
    row = [];
    rowNumber++;
    if (index >= length) break;
  }
}

/**
 * At least as many as the rows `csvRows` gives for this text: its line breaks (CRLF, LF or CR)
 * plus one. Quoted line breaks make it more, never fewer.
 */
export function csvRowBound(text: string): number {
  let breaks = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) breaks++;
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== LF) breaks++;
  }
  return breaks + 1;
}

function isSeparator(code: number): boolean {
  return code === COMMA || code === LF || code === CR;
}
