/**
 * Failed sign-ins, counted per key (an account, an address, both together). Keys are opaque to
 * the store; `LoginRateLimiter` decides what they mean and how many are too many.
 */
export interface LoginAttemptStore {
  /** Records one failure at `at` under each of `keys`. */
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
