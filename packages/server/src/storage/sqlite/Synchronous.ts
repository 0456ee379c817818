/**
 * The synchronous shape of a storage port, which the SQLite stores implement: better-sqlite3
 * answers at once, so each method returns its value (and lists their iterables) directly, and
 * `toAsyncStore` turns the whole object into the port.
 *
 * @example
 * const users: Synchronous<UserStore> = createSqliteUserStore(db);
 * users.findById('usr_1'); // User | undefined, not a promise
 */
export type Synchronous<Port> = {
  [K in keyof Port]: Port[K] extends (...args: infer A) => AsyncIterable<infer R>
    ? (...args: A) => Iterable<R>
    : Port[K] extends (...args: infer A) => Promise<infer R>
      ? (...args: A) => R
      : never;
};
