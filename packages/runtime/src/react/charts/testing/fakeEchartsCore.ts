import { vi } from 'vitest';

/**
 * Stands in for `echarts/core` in unit tests (jsdom has no canvas): every `init` is recorded with
 * the options it was given, and `click` lets a test press a bar, slice or stage as echarts would
 * report it. Use as `vi.mock('echarts/core', () => import('./testing/fakeEchartsCore.js'))`.
 */
export interface FakeChart {
  readonly element: HTMLElement;
  readonly options: unknown[];
  readonly setOption: ReturnType<typeof vi.fn>;
  readonly getDataURL: ReturnType<typeof vi.fn>;
  disposed: boolean;
  click(params: { seriesIndex?: number; dataIndex: number; componentType?: string }): void;
  /** The last option given. */
  readonly option: Record<string, unknown>;
}

export const fakeCharts: FakeChart[] = [];
export const registered: unknown[] = [];

export function use(extensions: unknown[]): void {
  registered.push(...extensions);
}

export function init(element: HTMLElement): unknown {
  const handlers = new Map<string, (params: unknown) => void>();
  const options: unknown[] = [];
  const chart: FakeChart = {
    element,
    options,
    disposed: false,
    setOption: vi.fn((option: unknown) => options.push(option)),
    getDataURL: vi.fn(() => 'data:image/png;base64,ZmFrZQ=='),
    click: (params) => handlers.get('click')?.({ componentType: 'series', seriesIndex: 0, ...params }),
    get option() {
      return (options.at(-1) ?? {}) as Record<string, unknown>;
    },
  };
  fakeCharts.push(chart);
  return {
    setOption: chart.setOption,
    getDataURL: chart.getDataURL,
    on: (event: string, handler: (params: unknown) => void) => handlers.set(event, handler),
    resize: () => undefined,
    dispose: () => {
      chart.disposed = true;
    },
  };
}
