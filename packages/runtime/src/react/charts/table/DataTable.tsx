import type { DrillDown, Locale } from '../../../engine/index.js';
import { formatChartMessage } from '../chartMessages.js';
import { formatCell } from './formatCell.js';
import type { TableCell, TableColumn, WidgetTable } from './WidgetTable.js';

export interface DataTableProps {
  readonly table: WidgetTable;
  /** The widget's title: a table's caption is how a screen reader's table list names it. */
  readonly caption: string;
  readonly locale: Locale;
  readonly onDrillDown?: ((drill: DrillDown) => void) | undefined;
  readonly className?: string;
}

/**
 * A plain HTML table of a widget's data, with its title as caption and row headers, so a screen
 * reader can walk it cell by cell. When the host handles drill-downs, the header cell of each row
 * that narrows something is a button: the keyboard's way to what a click on the chart does.
 */
export function DataTable({ table, caption, locale, onDrillDown, className }: DataTableProps) {
  const rowHeaders = table.rowHeaderColumns ?? [0];
  const drillColumn = rowHeaders[0];
  return (
    <table className={className === undefined ? 'fw-data-table' : `fw-data-table ${className}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {table.columns.map((column, index) => (
            <th key={index} scope="col" className={alignClass(column)}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.length === 0 ? (
          <tr>
            <td colSpan={Math.max(table.columns.length, 1)}>{formatChartMessage(locale, 'noData')}</td>
          </tr>
        ) : (
          table.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {table.columns.map((column, index) => {
                const content = <CellText column={column} cell={row.cells[index] ?? null} locale={locale} />;
                const drill = row.drill;
                const body =
                  index === drillColumn && drill !== undefined && onDrillDown !== undefined ? (
                    <button type="button" className="fw-data-table__drill" onClick={() => onDrillDown(drill)}>
                      {content}
                    </button>
                  ) : (
                    content
                  );
                return rowHeaders.includes(index) ? (
                  <th key={index} scope="row" className={alignClass(column)}>
                    {body}
                  </th>
                ) : (
                  <td key={index} className={alignClass(column)}>
                    {body}
                  </td>
                );
              })}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

function CellText({ column, cell, locale }: { column: TableColumn; cell: TableCell; locale: Locale }) {
  const text = formatCell(column.kind, cell, locale);
  if (column.kind !== 'rankChange' || typeof cell !== 'number' || cell === 0) return <>{text}</>;
  // The arrow is for the eye; the words after it are what is read out.
  return (
    <>
      <span aria-hidden="true" className={cell > 0 ? 'fw-rank-up' : 'fw-rank-down'}>
        {cell > 0 ? '↑ ' : '↓ '}
      </span>
      {text}
    </>
  );
}

function alignClass(column: TableColumn): string | undefined {
  return column.kind === 'text' ? undefined : 'fw-data-table__number';
}
