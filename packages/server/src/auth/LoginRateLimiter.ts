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
 * the failure is recorded and judged in one transaction once the check is done, so parallel
 * wrong guesses are counted one by one (the sixth of twelve at once is a 429), while parallel
 * right passwords record nothing and all get in. Nothing is counted in advance.
 *
 * @example
 * const wait = await limiter.waitBeforeCheck({ username, address });   // > 0: answer 429 now
 * const ok = await verifyPassword(...);
 * const after = ok ? await limiter.admitSuccess(attempt) : await limiter.recordFailure(attempt);
 */
export class LoginRateLimiter {
  /**
   * `store` serves the check before the password; `transaction` the steps after it, whose reads
   * and writes must not interleave with another attempt's (count then judge, check then clear).
   */
  constructor(
    private readonly store: LoginAttemptStore,
    private readonly transaction: Stores['transaction'],
    private readonly limits: Settings['loginRateLimit'],
    private readonly now: () => number,
  ) {}

  /** Milliseconds until this account may be tried from this address (account or pair locked); 0 to go ahead. */
  async waitBeforeCheck(attempt: LoginAttempt): Promise<number> {
    return this.waitBefore(this.store, loginKeys(attempt));
  }

  /**
   * Records a wrong password. Returns 0 while every count is within its limit (answer 401), else
   * the milliseconds until the counts allow another try (answer 429).
   */
  async recordFailure(attempt: LoginAttempt): Promise<number> {
    const keys = loginKeys(attempt);
    const now = this.now();
    return this.transaction(async (tx) => {
      const store = tx.loginAttempts;
      // Pruned on write: the table never holds more than one window of failures.
      await store.deleteBefore(now - this.limits.windowMs);
      await store.recordFailure([keys.account, keys.pair, keys.address], now);
      const over = async (key: string, limit: number): Promise<number> => ((await this.isOver(store, key, limit)) ? this.waitMs(store, key, limit) : 0);
      return Math.max(
        await over(keys.account, this.limits.perAccount),
        await over(keys.pair, this.limits.perAddressAndAccount),
        await over(keys.address, this.limits.perAddress),
      );
    });
  }

  /**
   * A right password. Returns the milliseconds to wait if the account or this address's try at it
   * got locked while the password was being checked; else forgets this address's failures at the
   * account (the person who mistyped got in) and returns 0. The account's own count is left to
   * expire: signing in must not hand a guesser elsewhere a fresh allowance.
   */
  async admitSuccess(attempt: LoginAttempt): Promise<number> {
    const keys = loginKeys(attempt);
    // One transaction: a failure recorded between the check and the clear must not be cleared unseen.
    return this.transaction(async (tx) => {
      const wait = await this.waitBefore(tx.loginAttempts, keys);
      if (wait === 0) await tx.loginAttempts.clear(keys.pair);
      return wait;
    });
  }

  private async waitBefore(store: LoginAttemptStore, keys: LoginKeys): Promise<number> {
    return Math.max(await this.waitMs(store, keys.account, this.limits.perAccount), await this.waitMs(store, keys.pair, this.limits.perAddressAndAccount));
  }

  // The key is locked while it has `limit` failures in the window: until the limit-th latest leaves it.
  private async waitMs(store: LoginAttemptStore, key: string, limit: number): Promise<number> {
    const time = await store.nthLatestFailure(key, limit);
    if (time === undefined) return 0;
    return Math.max(0, time + this.limits.windowMs - this.now());
  }

  private async isOver(store: LoginAttemptStore, key: string, limit: number): Promise<boolean> {
    return (await store.countSince(key, this.now() - this.limits.windowMs + 1)) > limit;
  }
}

interface LoginKeys {
  readonly account: string;
  readonly pair: string;
  readonly address: string;
}

/**
 * The three keys of an attempt, hashed: the table never holds what someone typed into the
 * username box (sometimes their password) nor a readable address list.
 */
function loginKeys(attempt: LoginAttempt): LoginKeys {
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
