import { useMemo } from 'react';
import { formatPercent } from '../../../engine/index.js';
import { formatChartMessage } from '../chartMessages.js';
import { formatNumber } from '../table/formatCell.js';
import { WidgetFrame } from '../WidgetFrame.js';
import type { WidgetViewProps } from '../WidgetViewProps.js';
import { kpiTable } from './kpiTable.js';

/**
 * One big number, and with `compareTo` its change against the previous period. The card is text,
 * so it is its own text alternative; the arrow is decoration and the signed percentage says it.
 */
export function KpiCard({ widget, data, locale }: WidgetViewProps<'kpi'>) {
  const table = useMemo(() => kpiTable(widget, data, locale), [widget, data, locale]);
  const change = data.change ?? null;
  const direction = change === null || change.absolute === 0 ? 'flat' : change.absolute > 0 ? 'up' : 'down';
  return (
    <WidgetFrame title={widget.title} locale={locale} table={table}>
      <p className="fw-kpi__value">
        {data.value === null ? '—' : formatNumber(data.value, locale)}
        {widget.unit !== undefined && <span className="fw-kpi__unit"> {widget.unit}</span>}
      </p>
      {widget.compareTo !== undefined && (
        <p className={`fw-kpi__change fw-kpi__change--${direction}`}>
          <span className="fw-kpi__vs">{formatChartMessage(locale, 'vsPrevious')} </span>
          {direction !== 'flat' && <span aria-hidden="true">{direction === 'up' ? '↑ ' : '↓ '}</span>}
          <span className="fw-kpi__ratio">{change === null ? '—' : formatPercent(change.ratio, { signed: true })}</span>
          {data.previous !== undefined && data.previous !== null && (
            <span className="fw-kpi__previous">
              {' '}
              ({formatChartMessage(locale, 'previous')} {formatNumber(data.previous, locale)})
            </span>
          )}
        </p>
      )}
    </WidgetFrame>
  );
}
