import { buildZip, deflatedEntry, repeatedEntry, type ZipEntry } from './buildZip.js';

/** Where `xlsxOfSheet` expects the worksheet entry. */
export const sheetPath = 'xl/worksheets/sheet1.xml';

const sheetHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const sheetTail = '</sheetData></worksheet>';

/**
 * The smallest workbook exceljs reads, around a worksheet entry (`sheetPath`) made by the test —
 * honest or hostile — plus any `extra` entries.
 */
export function xlsxOfSheet(sheet: ZipEntry, extra: readonly ZipEntry[] = []): Buffer {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const relationships = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const officeRelationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return buildZip([
    deflatedEntry(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/${sheetPath}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    deflatedEntry('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${relationships}"><Relationship Id="rId1" Type="${officeRelationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    deflatedEntry('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${main}" xmlns:r="${officeRelationships}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    deflatedEntry('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${relationships}"><Relationship Id="rId1" Type="${officeRelationships}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    sheet,
    ...extra,
  ]);
}

/** One row of inline-string cells, as a worksheet writes it. */
export function sheetRow(number: number, cells: readonly string[]): string {
  const columns = cells.map((text, index) => `<c r="${String.fromCharCode(65 + index)}${number}" t="inlineStr"><is><t>${text}</t></is></c>`);
  return `<row r="${number}">${columns.join('')}</row>`;
}

/** An honest worksheet of these rows (the first is the header). */
export function sheetOfRows(rows: readonly (readonly string[])[]): ZipEntry {
  return deflatedEntry(sheetPath, sheetHead + rows.map((cells, index) => sheetRow(index + 1, cells)).join('') + sheetTail);
}

/**
 * A worksheet whose header row is `header` and whose row 2 holds one cell of `cellBytes` letters
 * "a" — 200 MB deflate to about 200 KB. `declaredSize` makes its headers lie.
 */
export function sheetWithHugeCell(header: string, cellBytes: number, declaredSize?: number): ZipEntry {
  const unit = 'a'.repeat(1024 * 1024);
  const times = Math.ceil(cellBytes / unit.length);
  return repeatedEntry(sheetPath, {
    head: `${sheetHead}${sheetRow(1, [header])}<row r="2"><c r="A2" t="inlineStr"><is><t>`,
    unit,
    times,
    tail: `</t></is></c></row>${sheetTail}`,
    ...(declaredSize === undefined ? {} : { declaredSize }),
  });
}

/**
 * A worksheet of `header` then `rows` varied rows of one cell each, the way a big real sheet
 * compresses (about 6 times): a block of 1,000 rows, repeated with the same row numbers. exceljs
 * would read it; the bounds refuse it first.
 */
export function sheetOfManyRows(header: string, rows: number): ZipEntry {
  const block: string[] = [];
  for (let index = 0; index < 1000; index++) block.push(sheetRow(index + 2, [`客户 ${((index * 7919) % 100_000).toString(36)}-${(index * 31).toString(16)}`]));
  return repeatedEntry(sheetPath, { head: sheetHead + sheetRow(1, [header]), unit: block.join(''), times: Math.ceil(rows / 1000), tail: sheetTail });
}
