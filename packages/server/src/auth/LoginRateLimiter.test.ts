import { describe, expect, it } from 'vitest';
import { TestClock } from '../testing/TestClock.js';
import { LoginRateLimiter } from './LoginRateLimiter.js';

const MINUTE = 60_000;

describe('LoginRateLimiter', () => {
  it('blocks after maxFailures within the window and tells how long to wait', () => {
    const clock = new TestClock(0);
    const limiter = new LoginRateLimiter({ maxFailures: 3, windowMs: 15 * MINUTE }, clock.now);
    for (let i = 0; i < 2; i++) {
      limiter.recordFailure('k');
      clock.advance(MINUTE);
    }
    expect(limiter.retryAfterMs('k')).toBe(0);
    limiter.recordFailure('k');
    expect(limiter.retryAfterMs('k')).toBe(13 * MINUTE); // the first failure leaves the window then
    clock.advance(13 * MINUTE);
    expect(limiter.retryAfterMs('k')).toBe(0);
  });

  it('keeps keys apart and forgets a key on reset', () => {
    const limiter = new LoginRateLimiter({ maxFailures: 1, windowMs: MINUTE }, new TestClock(0).now);
    limiter.recordFailure('a');
    expect(limiter.retryAfterMs('a')).toBeGreaterThan(0);
    expect(limiter.retryAfterMs('b')).toBe(0);
    limiter.reset('a');
    expect(limiter.retryAfterMs('a')).toBe(0);
  });

  it('takes back one advance failure with forgiveOne', () => {
    const limiter = new LoginRateLimiter({ maxFailures: 2, windowMs: MINUTE }, new TestClock(0).now);
    limiter.recordFailure('a');
    limiter.recordFailure('a');
    limiter.forgiveOne('a');
    expect(limiter.retryAfterMs('a')).toBe(0);
  });

  it('allows a higher limit per call (the per-IP check)', () => {
    const limiter = new LoginRateLimiter({ maxFailures: 1, windowMs: MINUTE }, new TestClock(0).now);
    limiter.recordFailure('ip');
    expect(limiter.retryAfterMs('ip', 10)).toBe(0);
  });
});
