/** Bounds of a DashboardDataCache. */
export interface DashboardDataCacheLimits {
  readonly maxEntries: number;
  /** Approximate: each entry is counted as its JSON length, in UTF-16 code units × 2. */
  readonly maxBytes: number;
  /**
   * An entry older than this is computed again even if no write touched its forms: the stamps
   * see record writes, not renamed people or departments, whose names the charts show.
   */
  readonly maxAgeMs: number;
}

export const defaultDashboardDataCacheLimits: DashboardDataCacheLimits = { maxEntries: 500, maxBytes: 32 * 1024 * 1024, maxAgeMs: 5 * 60_000 };

interface Entry<Value> {
  readonly value: Value;
  readonly bytes: number;
  readonly storedAt: number;
}

/**
 * A least-recently-used cache of computed dashboard data, bounded by entries and by bytes. It
 * is process-local; what keeps it from answering stale data — also after another process on the
 * same PostgreSQL database wrote — is the key, which holds the write stamps of the forms read
 * (see `dashboardDataKey`): a write changes the key, and the entry under the old key is never
 * asked for again and ages out of the LRU.
 */
export class DashboardDataCache<Value> {
  private readonly entries = new Map<string, Entry<Value>>();
  private bytes = 0;

  constructor(private readonly limits: DashboardDataCacheLimits = defaultDashboardDataCacheLimits) {}

  get(key: string, now: number): Value | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (now - entry.storedAt > this.limits.maxAgeMs) {
      this.bytes -= entry.bytes;
      return undefined;
    }
    // Map order is insertion order: re-inserting makes it the most recently used.
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: Value, now: number): void {
    const bytes = JSON.stringify(value).length * 2 + key.length * 2;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
    if (bytes > this.limits.maxBytes) return;
    this.entries.set(key, { value, bytes, storedAt: now });
    this.bytes += bytes;
    while (this.entries.size > this.limits.maxEntries || this.bytes > this.limits.maxBytes) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      const entry = this.entries.get(oldest.value);
      this.entries.delete(oldest.value);
      this.bytes -= entry?.bytes ?? 0;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }
}
