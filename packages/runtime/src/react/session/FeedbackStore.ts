/**
 * What the renderer adds on top of the engine's errors: whether a submit was attempted (then all
 * errors show, not only the touched fields') and errors the server sent back, per pointer. A tiny
 * external store so that each field subscribes to its own slice.
 */
export class FeedbackStore {
  #showAll = false;
  #serverErrors = new Map<string, string>();
  readonly #listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly showAll = (): boolean => this.#showAll;
  readonly serverError = (pointer: string): string | undefined => this.#serverErrors.get(pointer);

  revealAll(): void {
    if (this.#showAll) return;
    this.#showAll = true;
    this.#emit();
  }

  /** Replaces the server's errors, by pointer. */
  setServerErrors(byPointer: ReadonlyMap<string, string>): void {
    this.#serverErrors = new Map(byPointer);
    this.#emit();
  }

  /** The user changed the field: the server's complaint about the old value no longer holds. */
  clearServerError(pointer: string): void {
    if (!this.#serverErrors.delete(pointer)) return;
    this.#serverErrors = new Map(this.#serverErrors);
    this.#emit();
  }

  #emit(): void {
    for (const listener of this.#listeners) listener();
  }
}
