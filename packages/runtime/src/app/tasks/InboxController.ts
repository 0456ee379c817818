import { ApiError } from '../api/ApiError.js';
import type { FormworkApi } from '../api/FormworkApi.js';
import { inboxBoxes, type InboxBox, type InboxCounts, type InboxItem } from '../api/TaskViews.js';

/** A box's lines: loading the first page, failed, or shown (and perhaps fetching the next page). */
export type InboxList =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly items: readonly InboxItem[]; readonly nextCursor: string | null; readonly loadingMore: boolean };

/** Batch approve: idle, sending, or done with each task that could not be approved and why. */
export type InboxBatch =
  | { readonly step: 'idle' }
  | { readonly step: 'sending' }
  | { readonly step: 'done'; readonly approved: number; readonly failures: readonly { readonly item: InboxItem; readonly message: string }[] };

export interface InboxState {
  readonly box: InboxBox;
  /** '' for every form. */
  readonly formId: string;
  readonly counts: InboxCounts | null;
  readonly list: InboxList;
  /** Task ids chosen for batch approve (open approval tasks of My tasks only). */
  readonly selected: ReadonlySet<string>;
  readonly batch: InboxBatch;
}

export interface InboxPorts {
  readonly api: Pick<FormworkApi, 'tasks' | 'taskCounts' | 'actOnTask'>;
  /** Replaces the URL's query (`?box=…&form=…` or `''`) without a new history entry. */
  readonly writeQuery: (query: string) => void;
  /** After tasks changed here (the header's count reads again). */
  readonly onTasksChanged: () => void;
}

/** Whether My tasks may approve this line in a batch: an open approval task. */
export const isBatchApprovable = (item: InboxItem): boolean => item.task?.state === 'open' && item.task.kind === 'approve';

/**
 * The inbox's state and named commands: which box and form (kept in the URL), the counts, the
 * box's lines in cursor pages, the selection and batch approve. Only the latest load's answer is
 * kept: a late page for a box the user has left is dropped.
 */
export class InboxController {
  #state: InboxState;
  #generation = 0;
  readonly #listeners = new Set<() => void>();

  constructor(
    initialQuery: string,
    private readonly ports: InboxPorts,
  ) {
    const params = new URLSearchParams(initialQuery);
    const box = params.get('box');
    this.#state = {
      box: (inboxBoxes as readonly (string | null)[]).includes(box) ? (box as InboxBox) : 'todo',
      formId: params.get('form') ?? '',
      counts: null,
      list: { status: 'loading' },
      selected: new Set(),
      batch: { step: 'idle' },
    };
  }

  get state(): InboxState {
    return this.#state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Reads the counts and the box's first page (again). */
  async load(): Promise<void> {
    const generation = ++this.#generation;
    const { box, formId } = this.#state;
    this.#set({ list: { status: 'loading' }, selected: new Set() });
    const [counts, page] = await Promise.allSettled([this.ports.api.taskCounts(), this.ports.api.tasks(box, { formId: formId === '' ? undefined : formId })]);
    if (generation !== this.#generation) return;
    this.#set({
      counts: counts.status === 'fulfilled' ? counts.value : this.#state.counts,
      list: page.status === 'fulfilled' ? { status: 'ready', items: page.value.items, nextCursor: page.value.nextCursor, loadingMore: false } : { status: 'error', error: page.reason },
    });
  }

  openBox(box: InboxBox): Promise<void> {
    return this.#query({ box });
  }

  filterForm(formId: string): Promise<void> {
    return this.#query({ formId });
  }

  async loadMore(): Promise<void> {
    const list = this.#state.list;
    if (list.status !== 'ready' || list.nextCursor === null || list.loadingMore) return;
    const generation = this.#generation;
    const { box, formId } = this.#state;
    this.#set({ list: { ...list, loadingMore: true } });
    try {
      const page = await this.ports.api.tasks(box, { formId: formId === '' ? undefined : formId, cursor: list.nextCursor });
      if (generation === this.#generation) this.#set({ list: { status: 'ready', items: [...list.items, ...page.items], nextCursor: page.nextCursor, loadingMore: false } });
    } catch (error) {
      if (generation === this.#generation) this.#set({ list: { status: 'error', error } });
    }
  }

  toggle(taskId: string, selected: boolean): void {
    const next = new Set(this.#state.selected);
    if (selected) next.add(taskId);
    else next.delete(taskId);
    this.#set({ selected: next });
  }

  /**
   * Approves every selected task with one comment, one request each: each succeeds or fails on
   * its own (someone else acted, a required field is empty), and the report names each failure.
   * Then the counts and the box are read again.
   */
  async approveSelected(comment: string): Promise<void> {
    const list = this.#state.list;
    if (list.status !== 'ready' || this.#state.batch.step === 'sending') return;
    const chosen = list.items.filter((item) => item.task !== null && this.#state.selected.has(item.task.id) && isBatchApprovable(item));
    if (chosen.length === 0) return;
    this.#set({ batch: { step: 'sending' } });
    const text = comment.trim();
    const results = await Promise.all(
      chosen.map(async (item) => {
        try {
          await this.ports.api.actOnTask(item.task?.id ?? '', 'approve', text === '' ? {} : { comment: text });
          return null;
        } catch (error) {
          return { item, message: error instanceof ApiError ? error.message : String(error) };
        }
      }),
    );
    const failures = results.filter((result) => result !== null);
    this.#set({ batch: { step: 'done', approved: results.length - failures.length, failures } });
    this.ports.onTasksChanged();
    await this.load();
  }

  async #query(change: { box?: InboxBox; formId?: string }): Promise<void> {
    this.#set({ ...change, batch: { step: 'idle' } });
    const params = new URLSearchParams();
    if (this.#state.box !== 'todo') params.set('box', this.#state.box);
    if (this.#state.formId !== '') params.set('form', this.#state.formId);
    const query = params.toString();
    this.ports.writeQuery(query === '' ? '' : `?${query}`);
    await this.load();
  }

  #set(change: Partial<InboxState>): void {
    this.#state = { ...this.#state, ...change };
    for (const listener of this.#listeners) listener();
  }
}
