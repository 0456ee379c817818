import type { FilterRow } from './FilterRow.js';

export interface RecordSort {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
}

/** What a data list shows: the query (kept in the URL), the hidden columns and the selected rows. */
export interface RecordListState {
  readonly filters: readonly FilterRow[];
  /** The applied search text. */
  readonly search: string;
  readonly sort: RecordSort | null;
  /** The cursors of the pages walked so far; the last one is the page shown (`undefined`: the first). */
  readonly cursors: readonly (string | undefined)[];
  readonly deleted: boolean;
  readonly hiddenColumns: ReadonlySet<string>;
  readonly selected: ReadonlySet<string>;
  readonly batch: BatchState;
  /** Goes up whenever the rows may have changed under the same query (a batch, an import): lists load again. */
  readonly revision: number;
}

/** The batch panel: closed, asking (edit a field / confirm a delete), sending, refused, or done. */
export type BatchState =
  | { readonly step: 'closed' }
  | { readonly step: 'asking' | 'saving'; readonly action: BatchAction }
  /** `ids`: what was sent, in order (the server names each failure by its index, `/ids/<n>`). */
  | { readonly step: 'failed'; readonly action: BatchAction; readonly error: unknown; readonly ids: readonly string[] }
  | { readonly step: 'done'; readonly changed: number };

export type BatchAction = 'edit' | 'delete';

/** Where the controller keeps what outlives it: the URL's query and the column choice. */
export interface RecordListPorts {
  /** Replaces the URL's query (`?…` or `''`) without a new history entry. */
  readonly writeQuery: (query: string) => void;
  readonly storage?: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  /** The localStorage key of the column choice: per user and form. */
  readonly columnsKey: string;
}

const filterOps = new Set<string>(['eq', 'ne', 'gt', 'lt', 'in', 'nin', 'like', 'range', 'empty', 'not_empty']);

/**
 * The data list's state and its named commands. The query — filters, search, sort, page, trash —
 * lives in the URL (`?q=…&sort=…&filter=…&pages=…&deleted=1`), so that back from a record
 * returns to the same list; the hidden columns live in storage per user and form. Any change to
 * the query clears the selection (the rows it named may be gone).
 */
export class RecordListController {
  #state: RecordListState;
  readonly #listeners = new Set<() => void>();

  constructor(
    initialQuery: string,
    private readonly ports: RecordListPorts,
  ) {
    this.#state = { ...parseQuery(initialQuery), hiddenColumns: readHidden(ports), selected: new Set(), batch: { step: 'closed' }, revision: 0 };
  }

  get state(): RecordListState {
    return this.#state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  search(text: string): void {
    this.#query({ search: text.trim(), cursors: [undefined] });
  }

  applyFilters(filters: readonly FilterRow[]): void {
    this.#query({ filters, cursors: [undefined] });
  }

  /** Ascending, descending, then back to the default order. */
  toggleSort(field: string): void {
    const current = this.#state.sort?.field === field ? this.#state.sort.direction : undefined;
    const sort: RecordSort | null = current === 'asc' ? { field, direction: 'desc' } : current === 'desc' ? null : { field, direction: 'asc' };
    this.#query({ sort, cursors: [undefined] });
  }

  nextPage(cursor: string): void {
    this.#query({ cursors: [...this.#state.cursors, cursor] });
  }

  previousPage(): void {
    if (this.#state.cursors.length > 1) this.#query({ cursors: this.#state.cursors.slice(0, -1) });
  }

  showDeleted(deleted: boolean): void {
    this.#query({ deleted, cursors: [undefined] });
  }

  /** Back to the first page, loaded again (after an import). */
  restart(): void {
    this.#query({ cursors: [undefined], revision: this.#state.revision + 1 });
  }

  setColumnVisible(columnId: string, visible: boolean): void {
    const hiddenColumns = new Set(this.#state.hiddenColumns);
    if (visible) hiddenColumns.delete(columnId);
    else hiddenColumns.add(columnId);
    try {
      this.ports.storage?.setItem(this.ports.columnsKey, JSON.stringify([...hiddenColumns]));
    } catch {
      // A full or refused storage forgets the choice after this page; the page still works.
    }
    this.#set({ hiddenColumns });
  }

  toggleSelected(recordId: string): void {
    const selected = new Set(this.#state.selected);
    if (!selected.delete(recordId)) selected.add(recordId);
    this.#set({ selected });
  }

  /** Selects these rows, or clears them when all are selected already. */
  toggleAll(recordIds: readonly string[]): void {
    const all = recordIds.length > 0 && recordIds.every((id) => this.#state.selected.has(id));
    this.#set({ selected: new Set(all ? [] : recordIds) });
  }

  clearSelection(): void {
    this.#set({ selected: new Set(), batch: { step: 'closed' } });
  }

  /** Opens the batch panel for the selected rows (nothing happens without a selection). */
  openBatch(action: BatchAction): void {
    if (this.#state.selected.size > 0) this.#set({ batch: { step: 'asking', action } });
  }

  closeBatch(): void {
    this.#set({ batch: { step: 'closed' } });
  }

  /**
   * Sends the open batch for the selected rows. Success clears the selection and reloads the
   * list from its first page; a refusal keeps both, so the user can fix the value or the reason.
   */
  async runBatch(send: (ids: readonly string[]) => Promise<{ readonly changed: number }>): Promise<void> {
    const { batch, selected } = this.#state;
    if (batch.step !== 'asking' && batch.step !== 'failed') return;
    const action = batch.action;
    this.#set({ batch: { step: 'saving', action } });
    const ids = [...selected];
    try {
      const { changed } = await send(ids);
      this.#query({ cursors: [undefined], revision: this.#state.revision + 1 });
      this.#set({ batch: { step: 'done', changed } });
    } catch (error) {
      this.#set({ batch: { step: 'failed', action, error, ids } });
    }
  }

  #query(change: Partial<RecordListState>): void {
    this.#set({ ...change, selected: new Set(), batch: { step: 'closed' } });
    this.ports.writeQuery(toQuery(this.#state));
  }

  #set(change: Partial<RecordListState>): void {
    this.#state = { ...this.#state, ...change };
    for (const listener of this.#listeners) listener();
  }
}

/** The URL query of a list state (`''` for the default list). */
export function toQuery(state: Pick<RecordListState, 'filters' | 'search' | 'sort' | 'cursors' | 'deleted'>): string {
  const params = new URLSearchParams();
  if (state.search !== '') params.set('q', state.search);
  if (state.sort) params.set('sort', `${state.sort.field}:${state.sort.direction}`);
  if (state.filters.length > 0) params.set('filter', JSON.stringify(state.filters));
  if (state.cursors.length > 1) params.set('pages', JSON.stringify(state.cursors.slice(1)));
  if (state.deleted) params.set('deleted', '1');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The list state a URL query names; anything malformed (a hand-edited link) is left out. */
export function parseQuery(query: string): Pick<RecordListState, 'filters' | 'search' | 'sort' | 'cursors' | 'deleted'> {
  const params = new URLSearchParams(query);
  const sortMatch = /^([\w-]+):(asc|desc)$/.exec(params.get('sort') ?? '');
  const pages = readJson(params.get('pages'));
  const filters = readJson(params.get('filter'));
  return {
    search: params.get('q') ?? '',
    sort: sortMatch ? { field: sortMatch[1] as string, direction: sortMatch[2] as 'asc' | 'desc' } : null,
    cursors: [undefined, ...(Array.isArray(pages) ? pages.filter((p): p is string => typeof p === 'string') : [])],
    filters: Array.isArray(filters) ? filters.filter(isFilterRow) : [],
    deleted: params.get('deleted') === '1',
  };
}

function isFilterRow(value: unknown): value is FilterRow {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return typeof row['field'] === 'string' && typeof row['op'] === 'string' && filterOps.has(row['op']) && typeof row['value'] === 'string' && typeof row['value2'] === 'string';
}

function readJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function readHidden(ports: RecordListPorts): ReadonlySet<string> {
  try {
    const stored = readJson(ports.storage?.getItem(ports.columnsKey) ?? null);
    return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}
