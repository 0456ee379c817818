/**
 * Named leases, so that a job several server processes could run (housekeeping, timers) runs in
 * one of them at a time: each process tries to take the lease before a run, and only the holder
 * runs. A lease that is not renewed expires, so a process that died gives it up by itself.
 */
export interface LeaseStore {
  /**
   * Takes the lease `name` for `holder` until `now + ttlMs` when it is free, expired, or already
   * this holder's (a renewal). True when `holder` now holds it; false when another does.
   */
  acquire(name: string, holder: string, now: number, ttlMs: number): Promise<boolean>;
  /** Gives the lease up early, if `holder` still holds it. */
  release(name: string, holder: string): Promise<void>;
}
