import { useId, useState, type ReactNode } from 'react';
import type { DrillDown, Locale } from '../../engine/index.js';
import { formatChartMessage } from './chartMessages.js';
import { downloadFile, downloadText, fileNameFor } from './downloadFile.js';
import { DataTable } from './table/DataTable.js';
import { toCsv } from './table/toCsv.js';
import type { WidgetTable } from './table/WidgetTable.js';

export interface WidgetFrameProps {
  readonly title: string;
  readonly locale: Locale;
  /** The widget's data as a table: exported as CSV, and for a chart its text alternative. */
  readonly table: WidgetTable;
  /**
   * For a chart: reads the chart back as a PNG. Its presence also makes `table` the chart's text
   * alternative — in the page for screen readers, and on screen with "Show as table".
   */
  readonly exportPng?: () => string | undefined;
  readonly onDrillDown?: ((drill: DrillDown) => void) | undefined;
  readonly children: ReactNode;
}

/** A widget's card: its title as heading, the export and table toggles, and its content. */
export function WidgetFrame({ title, locale, table, exportPng, onDrillDown, children }: WidgetFrameProps) {
  const titleId = useId();
  const [showTable, setShowTable] = useState(false);
  const isChart = exportPng !== undefined;

  const savePng = () => {
    const url = exportPng?.();
    if (url !== undefined) downloadFile(fileNameFor(title, 'png'), url);
  };

  return (
    <section className="fw-widget" aria-labelledby={titleId}>
      <header className="fw-widget__header">
        <h3 id={titleId} className="fw-widget__title">
          {title}
        </h3>
        <div className="fw-widget__tools">
          {isChart && (
            <button type="button" className="fw-widget__tool" aria-pressed={showTable} onClick={() => setShowTable((shown) => !shown)}>
              {formatChartMessage(locale, 'showTable')}
            </button>
          )}
          {isChart && (
            <button type="button" className="fw-widget__tool" aria-label={formatChartMessage(locale, 'exportPngOf', { title })} onClick={savePng}>
              {formatChartMessage(locale, 'exportPng')}
            </button>
          )}
          <button
            type="button"
            className="fw-widget__tool"
            aria-label={formatChartMessage(locale, 'exportCsvOf', { title })}
            onClick={() => downloadText(fileNameFor(title, 'csv'), toCsv(table, locale), 'text/csv;charset=utf-8')}
          >
            {formatChartMessage(locale, 'exportCsv')}
          </button>
        </div>
      </header>
      <div className="fw-widget__body">
        {/* The chart stays mounted while the table shows, so switching back is instant. */}
        <div className="fw-widget__content" hidden={isChart && showTable}>
          {children}
        </div>
        {isChart && (
          <DataTable
            table={table}
            caption={title}
            locale={locale}
            onDrillDown={onDrillDown}
            className={showTable ? 'fw-widget__table' : 'fw-widget__table fw-visually-hidden'}
          />
        )}
      </div>
    </section>
  );
}
