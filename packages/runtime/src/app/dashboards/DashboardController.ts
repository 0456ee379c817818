import type { DashboardFilter } from '../../engine/index.js';
import type { DashboardDataView } from '../api/DashboardViews.js';
import { readFilterQuery, toFilterQuery, withFilterValue, type DashboardFilterValues, type DateRangeValue } from './DashboardFilterValues.js';

/** The figures on screen: loading the first time, the last answer, or why there is none. */
export type DashboardDataState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly answer: DashboardDataView }
  | { readonly status: 'error'; readonly error: unknown };

export interface DashboardState {
  /** What the viewer set in the dashboard's filters (kept in the URL). */
  readonly values: DashboardFilterValues;
  readonly data: DashboardDataState;
  /** A later call is out (a filter changed, a refresh) while the last answer stays on screen. */
  readonly updating: boolean;
  /** The last refresh failed; the answer before it stays on screen. */
  readonly refreshFailed: boolean;
}

export interface DashboardPorts {
  /** `POST /api/dashboards/:id/data { filters }`. */
  readonly load: (values: DashboardFilterValues) => Promise<DashboardDataView>;
  /** Replaces the URL's query (`?filters=…` or `''`) without a new history entry. */
  readonly writeQuery: (query: string) => void;
}

/**
 * A dashboard page's state and its named commands: the filters, started from the URL and
 * written back to it, and every widget's data from one call per change. Only the answer to the
 * latest call is kept — a slow answer for filters since changed is dropped — and a failed
 * refresh keeps the figures already shown rather than blanking the page every minute.
 */
export class DashboardController {
  #state: DashboardState;
  #call = 0;
  /** The filters the figures on screen were computed for. */
  #shownFor: string | undefined;
  readonly #listeners = new Set<() => void>();

  constructor(
    initialQuery: string,
    filters: readonly DashboardFilter[],
    private readonly ports: DashboardPorts,
  ) {
    this.#state = { values: readFilterQuery(initialQuery, filters), data: { status: 'loading' }, updating: false, refreshFailed: false };
  }

  get state(): DashboardState {
    return this.#state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Sets one filter (an empty value clears it) and loads the figures for the new filters. */
  setFilter(id: string, value: DateRangeValue | string): Promise<void> {
    const values = withFilterValue(this.#state.values, id, value);
    this.#set({ values });
    this.ports.writeQuery(toFilterQuery(values));
    return this.load();
  }

  /** Loads the figures again for the same filters (the auto-refresh, the Refresh button). */
  refresh(): Promise<void> {
    return this.load();
  }

  /** Loads the figures for the current filters; the first call of the page shows "loading". */
  async load(): Promise<void> {
    const call = ++this.#call;
    const { values } = this.#state;
    this.#set({ updating: this.#state.data.status !== 'loading' });
    try {
      const answer = await this.ports.load(values);
      if (call !== this.#call) return;
      this.#shownFor = JSON.stringify(values);
      this.#set({ data: { status: 'ready', answer }, updating: false, refreshFailed: false });
    } catch (error) {
      if (call !== this.#call) return;
      // Keep figures already shown only when they are for these filters (a refresh), never
      // figures for other filters under the new ones.
      const sameFilters = this.#shownFor === JSON.stringify(values) && this.#state.data.status === 'ready';
      this.#set(sameFilters ? { updating: false, refreshFailed: true } : { data: { status: 'error', error }, updating: false, refreshFailed: false });
    }
  }

  #set(change: Partial<DashboardState>): void {
    this.#state = { ...this.#state, ...change };
    for (const listener of this.#listeners) listener();
  }
}
