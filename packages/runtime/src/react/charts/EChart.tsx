import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { initChart, type ChartOption } from './echartsCore.js';

/** What echarts reports for a click on a series item (a bar, a slice, a stage). */
export interface ChartItemClick {
  readonly seriesIndex: number;
  readonly dataIndex: number;
}

export interface EChartHandle {
  /** The chart as a PNG data URL, drawn at twice the size for sharp print; undefined before mount. */
  toPng(): string | undefined;
}

export interface EChartProps {
  readonly option: ChartOption;
  /** Read out in place of the canvas, which a screen reader cannot see into. */
  readonly summary: string;
  readonly onItemClick?: ((click: ChartItemClick) => void) | undefined;
  readonly handle?: Ref<EChartHandle>;
}

/**
 * One echarts instance in a div: created on mount, given each new option whole (no merging, so a
 * series that went away does not linger), resized with its box, disposed on unmount.
 */
export function EChart({ option, summary, onItemClick, handle }: EChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof initChart> | null>(null);
  // The latest handler without re-binding echarts' listener on every render.
  const onClick = useRef(onItemClick);
  useEffect(() => {
    onClick.current = onItemClick;
  });

  useEffect(() => {
    const element = host.current;
    if (element === null) return;
    const instance = initChart(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params: { componentType?: string; seriesIndex?: number; dataIndex?: number }) => {
      if (params.componentType !== 'series' || params.dataIndex === undefined) return;
      onClick.current?.({ seriesIndex: params.seriesIndex ?? 0, dataIndex: params.dataIndex });
    });
    // jsdom and old browsers lack ResizeObserver; the chart then keeps its first size.
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => instance.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useImperativeHandle(handle, () => ({
    toPng: () => chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }),
  }));

  return <div ref={host} className={onItemClick === undefined ? 'fw-chart' : 'fw-chart fw-chart--clickable'} role="img" aria-label={summary} />;
}
