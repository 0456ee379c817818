import { formatPercent, type Locale } from '../../../engine/index.js';
import { formatChartMessage } from '../chartMessages.js';
import type { TableCell, TableColumn, WidgetTable } from './WidgetTable.js';

/** Text a spreadsheet would run as a formula if it began the cell. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * The table as CSV for Excel and WPS: a BOM so Chinese text opens right, CRLF rows, quoted where
 * needed. Numbers stay numbers (percent columns as the number of percent, headed "(%)") so they
 * can be summed; text that begins with `=`, `+`, `-`, `@` (or a tab or CR) gets a leading `'`, so
 * a customer named `=HYPERLINK(…)` is never run as a formula on the manager's machine.
 */
export function toCsv(table: WidgetTable, locale: Locale): string {
  const header = table.columns.map((column) => csvText(columnHeader(column, locale)));
  const rows = table.rows.map((row) => table.columns.map((column, index) => csvCell(column, row.cells[index] ?? null)));
  return `\uFEFF${[header, ...rows].map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

function columnHeader(column: TableColumn, locale: Locale): string {
  return column.kind === 'percent' || column.kind === 'change' ? formatChartMessage(locale, 'percentColumn', { label: column.label }) : column.label;
}

function csvCell(column: TableColumn, cell: TableCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    if (column.kind !== 'percent' && column.kind !== 'change') return String(cell);
    // The same rounding as the screen shows, without the sign and % that would make it text.
    const shown = formatPercent(cell, { digits: 1 });
    return shown.endsWith('%') ? String(Number(shown.slice(0, -1))) : '';
  }
  return csvText(cell);
}

/** One text cell, neutralised against formulas and quoted when it holds a separator. */
export function csvText(text: string): string {
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
