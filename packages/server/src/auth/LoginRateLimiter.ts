import { createHash } from 'node:crypto';
import type { Settings } from '../config.js';
import type { LoginAttemptStore } from '../storage/LoginAttemptStore.js';
import type { Stores } from '../storage/Stores.js';
import { usernameKey } from '../storage/UserStore.js';
import { addressGroupOf } from './addressGroupOf.js';

/** Who tried to sign in as whom: the username as typed and the client's address. */
export interface LoginAttempt {
  readonly username: string;
  readonly address: string;
}

/**
 * Limits password guessing with failures counted in the database (`LoginAttemptStore`), so every
 * process serving one database counts the same failures. Three counts over one window:
 *
 * - **per account** (`perAccount`, from any address): the real bound on guessing one password.
 *   It also refuses the right password while it holds: if it did not, a guesser would simply
 *   read the 200 among the 429s and the lock would not slow guessing at all. The price is that
 *   someone guessing from several addresses can keep an account out for one window; that is the
 *   account's own failures, never other accounts'.
 * - **per address and account** (`perAddressAndAccount`, lower): a guesser at one address locks
 *   only that address out of that account, so a single source cannot reach the account limit and
 *   shut the owner out from elsewhere. Refuses the right password too, for the same reason.
 * - **per address** over all accounts (`perAddress`, high — one office behind one NAT): refuses
 *   only attempts whose password turns out wrong (429 instead of 401, telling a script to stop).
 *   The password is always checked, so a colleague's right password is never refused because a
 *   careless script next door sprayed other usernames. It cannot stop a spray from learning a right
 *   password (the per-account count does that); it only tells the sprayer to back off.
 *
 * Locks are checked before the password (no scrypt work for a locked account) and again after it:
 * the failure is recorded and judged in one synchronous step once the check is done, so parallel
 * wrong guesses are counted one by one (the sixth of twelve at once is a 429), while parallel
 * right passwords record nothing and all get in. Nothing is counted in advance.
 *
 * @example
 * const wait = limiter.waitBeforeCheck({ username, address });   // > 0: answer 429 now
 * const ok = await verifyPassword(...);
 * const after = ok ? limiter.admitSuccess(attempt) : limiter.recordFailure(attempt);
 */
export class LoginRateLimiter {
  constructor(
    private readonly store: LoginAttemptStore,
    private readonly transaction: Stores['transaction'],
    private readonly limits: Settings['loginRateLimit'],
    private readonly now: () => number,
  ) {}

  /** Milliseconds until this account may be tried from this address (account or pair locked); 0 to go ahead. */
  waitBeforeCheck(attempt: LoginAttempt): number {
    const keys = loginKeys(attempt);
    return Math.max(this.waitMs(keys.account, this.limits.perAccount), this.waitMs(keys.pair, this.limits.perAddressAndAccount));
  }

  /**
   * Records a wrong password. Returns 0 while every count is within its limit (answer 401), else
   * the milliseconds until the counts allow another try (answer 429).
   */
  recordFailure(attempt: LoginAttempt): number {
    const keys = loginKeys(attempt);
    const now = this.now();
    return this.transaction(() => {
      // Pruned on write: the table never holds more than one window of failures.
      this.store.deleteBefore(now - this.limits.windowMs);
      this.store.recordFailure([keys.account, keys.pair, keys.address], now);
      const over = (key: string, limit: number): number => (this.isOver(key, limit) ? this.waitMs(key, limit) : 0);
      return Math.max(
        over(keys.account, this.limits.perAccount),
        over(keys.pair, this.limits.perAddressAndAccount),
        over(keys.address, this.limits.perAddress),
      );
    });
  }

  /**
   * A right password. Returns the milliseconds to wait if the account or this address's try at it
   * got locked while the password was being checked; else forgets this address's failures at the
   * account (the person who mistyped got in) and returns 0. The account's own count is left to
   * expire: signing in must not hand a guesser elsewhere a fresh allowance.
   */
  admitSuccess(attempt: LoginAttempt): number {
    const wait = this.waitBeforeCheck(attempt);
    if (wait === 0) this.store.clear(loginKeys(attempt).pair);
    return wait;
  }

  // The key is locked while it has `limit` failures in the window: until the limit-th latest leaves it.
  private waitMs(key: string, limit: number): number {
    const time = this.store.nthLatestFailure(key, limit);
    if (time === undefined) return 0;
    return Math.max(0, time + this.limits.windowMs - this.now());
  }

  private isOver(key: string, limit: number): boolean {
    return this.store.countSince(key, this.now() - this.limits.windowMs + 1) > limit;
  }
}

/**
 * The three keys of an attempt, hashed: the table never holds what someone typed into the
 * username box (sometimes their password) nor a readable address list.
 */
function loginKeys(attempt: LoginAttempt): { account: string; pair: string; address: string } {
  const account = usernameKey(attempt.username);
  const address = addressGroupOf(attempt.address);
  return {
    account: sha256(`account\u0000${account}`),
    pair: sha256(`pair\u0000${address}\u0000${account}`),
    address: sha256(`address\u0000${address}`),
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
