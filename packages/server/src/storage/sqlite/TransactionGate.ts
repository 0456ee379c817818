/**
 * Who may use the one SQLite connection right now. A transaction holds the gate from BEGIN to
 * COMMIT, across its awaits; calls outside it wait their turn (first come, first served), so they
 * never read another request's uncommitted rows nor slip their writes into its transaction. When
 * the gate is free, a call runs at once, without a single extra tick.
 *
 * A call made inside a transaction through the outer stores (instead of `tx`) would wait for the
 * transaction that is waiting for it; such a wait ends after `maxWaitMs` with an error that says
 * so, instead of hanging the server.
 */
export class TransactionGate {
  #held = false;
  readonly #waiting: { readonly enter: () => void; readonly timer: NodeJS.Timeout }[] = [];

  constructor(private readonly maxWaitMs: number) {}

  get busy(): boolean {
    return this.#held;
  }

  /** Resolves once this caller holds the gate; call `leave()` exactly once afterwards. */
  enter(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        enter: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.#waiting.splice(this.#waiting.indexOf(waiter), 1);
          reject(new GateTimeoutError(this.maxWaitMs));
        }, this.maxWaitMs),
      };
      this.#waiting.push(waiter);
    });
  }

  leave(): void {
    const next = this.#waiting.shift();
    if (next) next.enter();
    else this.#held = false;
  }

  /** Runs `work` (synchronous) once the gate is free, holding it meanwhile. */
  async run<T>(work: () => T): Promise<T> {
    await this.enter();
    try {
      return work();
    } finally {
      this.leave();
    }
  }
}

/** The database stayed held by a transaction for longer than a call may wait. */
export class GateTimeoutError extends Error {
  constructor(waitedMs: number) {
    super(
      `waited ${String(waitedMs)} ms for a transaction to end; a store call inside stores.transaction must use the tx it was given (数据库忙：等待事务结束超时)`,
    );
    this.name = 'GateTimeoutError';
  }
}
