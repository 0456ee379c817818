/**
 * Counts failed sign-ins in memory, per key, over a sliding window, with an injected clock.
 * The login route checks two keys: username + IP (a person mistyping) and IP alone with a
 * ten-times higher limit (one address trying many usernames).
 */
export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly options: { readonly maxFailures: number; readonly windowMs: number },
    private readonly now: () => number,
  ) {}

  /** Milliseconds until `key` may try again; 0 when it may try now. */
  retryAfterMs(key: string, maxFailures = this.options.maxFailures): number {
    const recent = this.recent(key);
    if (recent.length < maxFailures) return 0;
    const oldestCounted = recent[recent.length - maxFailures] ?? this.now();
    return Math.max(1, oldestCounted + this.options.windowMs - this.now());
  }

  recordFailure(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now());
    this.failures.set(key, recent);
    if (this.failures.size > 10_000) this.sweep();
  }

  /** Takes back the latest failure (an attempt counted in advance that turned out right). */
  forgiveOne(key: string): void {
    const recent = this.recent(key);
    recent.pop();
    if (recent.length === 0) this.failures.delete(key);
    else this.failures.set(key, recent);
  }

  /** A successful sign-in forgets the key's failures. */
  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.options.windowMs;
    return (this.failures.get(key) ?? []).filter((time) => time > since);
  }

  // Bounds memory under a spray of random usernames: drop keys whose failures all expired.
  private sweep(): void {
    for (const key of [...this.failures.keys()]) {
      if (this.recent(key).length === 0) this.failures.delete(key);
    }
  }
}
