const needsQuotes = /[",\r\n]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, comma or line break, quotes doubled.
 * Text is expected to be neutralised already (see `neutralizeCell`).
 *
 * @example
 * csvField('Li, "Lei"') // '"Li, ""Lei"""'
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV row with its CRLF, as Excel expects. */
export function csvRow(values: readonly (string | number | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
export const utf8Bom = '\uFEFF';
