import { createHash } from 'node:crypto';
import { addressGroupOf } from '../auth/addressGroupOf.js';
import type { Settings } from '../config.js';
import { HttpError } from '../http/HttpError.js';
import type { Stores } from '../storage/Stores.js';

/**
 * Bounds what one address may submit through public forms: `perAddress` submissions (accepted or
 * refused alike — a script sending garbage must slow down too) within `windowMs`, counted in the
 * database like failed sign-ins, so every process on one database counts the same. Addresses are
 * counted as `LoginRateLimiter` counts them (IPv4, or the IPv6 /64) and stored only hashed.
 *
 * @example
 * await limiter.admit(req.ip ?? '');   // throws 429 too_many_submissions with Retry-After when over
 */
export class PublicSubmissionLimiter {
  constructor(
    private readonly stores: Pick<Stores, 'transaction'>,
    private readonly limits: Settings['publicForms'],
    private readonly now: () => number,
  ) {}

  /** Counts one submission from `address`, or throws 429 when the address has used its allowance. */
  async admit(address: string): Promise<void> {
    const key = createHash('sha256').update(`public\u0000${addressGroupOf(address)}`).digest('hex');
    const now = this.now();
    const since = now - this.limits.windowMs + 1;
    // The count and the write in one transaction: two requests cannot both take the last slot.
    const waitMs = await this.stores.transaction(async (tx) => {
      // Pruned on write: the table never holds more than one window of submissions.
      await tx.publicLinks.deleteSubmissionsBefore(since);
      if ((await tx.publicLinks.countSubmissionsSince(key, since)) >= this.limits.perAddress) {
        const earliest = (await tx.publicLinks.earliestSubmissionSince(key, since)) ?? now;
        return Math.max(1, earliest + this.limits.windowMs - now);
      }
      await tx.publicLinks.recordSubmission(key, now);
      return 0;
    });
    if (waitMs > 0) throw tooManySubmissions(Math.ceil(waitMs / 1000));
  }
}

function tooManySubmissions(retryAfterSeconds: number): HttpError {
  return new HttpError(
    429,
    'too_many_submissions',
    {
      'zh-CN': `提交过于频繁，请 ${retryAfterSeconds} 秒后再试`,
      en: `Too many submissions; try again in ${retryAfterSeconds} seconds`,
    },
    { retryAfterSeconds },
    { 'Retry-After': String(retryAfterSeconds) },
  );
}
