// Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (or, for tab
// and carriage return, shift it into one): OWASP's "CSV injection" list.
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A text cell made safe to open in a spreadsheet: one starting with `= + - @`, a tab or a
 * carriage return gets a leading `'`, so `=HYPERLINK(…)` typed into a form shows as text instead
 * of running. Numbers are written as numbers and need no quote.
 *
 * @example
 * neutralizeCell('=1+2') // "'=1+2"
 * neutralizeCell('-5 off') // "'-5 off"
 */
export function neutralizeCell(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** The reverse on import: an export's `'=…` comes back as `=…`, so a round trip keeps the text. */
export function unneutralizeCell(text: string): string {
  return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}
