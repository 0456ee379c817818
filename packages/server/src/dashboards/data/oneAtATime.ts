/** Runs the work handed to it one piece after another, in the order it came. */
export type OneAtATime = <T>(work: () => Promise<T>) => Promise<T>;

/**
 * A queue of one: the dashboard's widgets are computed side by side (so their aggregates can be
 * batched), but their reads reach the store one piece of work after another — a batch of scans
 * (which the store may run side by side, see `RecordStore.aggregateMany`) or the org directory —
 * so on PostgreSQL a dashboard never takes more than one batch's connections from the pool.
 *
 * @example
 * const exclusive = oneAtATime();
 * await Promise.all([exclusive(() => readA()), exclusive(() => readB())]); // readB starts when readA settled
 */
export function oneAtATime(): OneAtATime {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const result = tail.then(work, work);
    tail = result.catch(() => undefined);
    return result;
  };
}
