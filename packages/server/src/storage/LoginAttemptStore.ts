/**
 * Failed sign-ins, counted per key (an account, an address, both together). Keys are opaque to
 * the store; `LoginRateLimiter` decides what they mean and how many are too many.
 */
export interface LoginAttemptStore {
  /**
   * Records one failure at `at` under each of `keys`. Inside a transaction, the keys are held until
   * it ends: another transaction recording a failure under one of them waits, so each reads every
   * earlier failure in its counts (racing wrong passwords cannot slip under the limit).
   */
  recordFailure(keys: readonly string[], at: number): Promise<void>;
  /** How many failures `key` had at or after `since`. */
  countSince(key: string, since: number): Promise<number>;
  /**
   * When the `nth` latest failure of `key` happened (1 = the latest), or undefined when it has
   * fewer. A key with `limit` failures in the window may try again once its `limit`-th latest
   * failure has left the window.
   */
  nthLatestFailure(key: string, nth: number): Promise<number | undefined>;
  /** Forgets every failure of `key` (a successful sign-in). */
  clear(key: string): Promise<void>;
  /** Forgets failures before `before`; returns how many rows went. */
  deleteBefore(before: number): Promise<number>;
}
