import type { FormworkApi } from '../api/FormworkApi.js';
import type { WorkbenchView } from '../api/WorkbenchViews.js';

/** The workbench's one answer: loading, failed (with a retry), or ready. */
export type WorkbenchState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly workbench: WorkbenchView };

/**
 * The home page's data and its one command, `load` (again, after a failure): one request to
 * `GET /api/workbench`, whose answer is kept only if no later load started. Tested headless; the
 * page only subscribes.
 */
export class WorkbenchController {
  #state: WorkbenchState = { status: 'loading' };
  #generation = 0;
  readonly #listeners = new Set<() => void>();

  constructor(private readonly api: Pick<FormworkApi, 'workbench'>) {}

  get state(): WorkbenchState {
    return this.#state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  async load(): Promise<void> {
    const generation = ++this.#generation;
    this.#set({ status: 'loading' });
    let next: WorkbenchState;
    try {
      next = { status: 'ready', workbench: await this.api.workbench() };
    } catch (error) {
      next = { status: 'error', error };
    }
    if (generation === this.#generation) this.#set(next);
  }

  #set(state: WorkbenchState): void {
    this.#state = state;
    for (const listener of this.#listeners) listener();
  }
}
