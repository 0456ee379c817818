import type { Synchronous } from './Synchronous.js';
import type { TransactionGate } from './TransactionGate.js';

/**
 * Turns a synchronous SQLite store into its port. With a `gate` (the stores outside any
 * transaction) each call waits while a transaction holds the connection; without one (the `tx`
 * stores handed to a transaction's work) calls run at once, but only while `isOpen()` — a `tx`
 * kept after its transaction ended refuses to run rather than write outside it.
 *
 * Generator methods (batched reads) become async iterables, checking the gate before each step.
 */
export function toAsyncStore<Port extends object>(store: Synchronous<Port>, access: StoreAccess): Port {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(store as Record<string, unknown>)) {
    if (typeof method !== 'function') continue;
    const call = (args: unknown[]): unknown => (method as (...args: unknown[]) => unknown).apply(store, args);
    if (isGeneratorFunction(method)) {
      // Calling a generator runs none of its body: the async iterable checks access at each step.
      wrapped[name] = (...args: unknown[]) => settle(call(args), access);
      continue;
    }
    // No closure per call (a submit makes a dozen): the method runs here and its result or error
    // becomes the promise.
    const run = (args: unknown[]): Promise<unknown> => {
      try {
        return Promise.resolve((method as (...args: unknown[]) => unknown).apply(store, args));
      } catch (error) {
        return Promise.reject(error as Error);
      }
    };
    wrapped[name] =
      'gate' in access
        ? (...args: unknown[]) => (access.gate.busy ? access.gate.run(() => call(args)) : run(args))
        : (...args: unknown[]) => {
            if (!access.isOpen()) return Promise.reject(new Error(`${name}: this transaction has ended; use the stores, not a kept tx`));
            return run(args);
          };
  }
  return wrapped as Port;
}

/** Outside a transaction: wait at the gate. Inside: run while the transaction is open. */
export type StoreAccess = { readonly gate: TransactionGate } | { readonly isOpen: () => boolean };

function isGeneratorFunction(method: unknown): boolean {
  return typeof method === 'function' && Object.getPrototypeOf(method) === generatorFunctionPrototype;
}

const generatorFunctionPrototype: unknown = Object.getPrototypeOf(function* () {
  // an empty generator, only for its prototype
});

/** A generator's iterator becomes an async iterable that respects the gate (or the open transaction). */
function settle(result: unknown, access: StoreAccess): AsyncIterable<unknown> {
  const iterator = result as Iterator<unknown>;
  return (async function* () {
    for (;;) {
      let step: IteratorResult<unknown>;
      if ('gate' in access) {
        // Each step reads a batch at most: while a transaction holds the connection, wait for it.
        step = access.gate.busy ? await access.gate.run(() => iterator.next()) : iterator.next();
      } else if (access.isOpen()) {
        step = iterator.next();
      } else {
        throw new Error('this transaction has ended; use the stores, not a kept tx');
      }
      if (step.done === true) return;
      yield step.value;
    }
  })();
}
