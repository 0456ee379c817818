import { formatPercent, type Locale } from '../../../engine/index.js';
import { formatChartMessage } from '../chartMessages.js';
import type { ColumnKind, TableCell } from './WidgetTable.js';

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A number in the reader's digits, grouped (12,345.67), at most two decimals. */
export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** A cell as people read it; empty for a missing value, except ratios and ranks, which say so. */
export function formatCell(kind: ColumnKind, cell: TableCell, locale: Locale): string {
  if (kind === 'percent') return formatPercent(typeof cell === 'number' ? cell : null);
  if (kind === 'change') return formatPercent(typeof cell === 'number' ? cell : null, { signed: true });
  if (kind === 'rankChange') return formatRankChange(typeof cell === 'number' ? cell : null, locale);
  if (cell === null) return '';
  return typeof cell === 'number' ? formatNumber(cell, locale) : cell;
}

/** A move in rank in words, so a screen reader says "up 2", not "upwards arrow 2". */
export function formatRankChange(change: number | null, locale: Locale): string {
  if (change === null) return formatChartMessage(locale, 'rankNew');
  if (change === 0) return formatChartMessage(locale, 'rankSame');
  return formatChartMessage(locale, change > 0 ? 'rankUp' : 'rankDown', { n: Math.abs(change) });
}
