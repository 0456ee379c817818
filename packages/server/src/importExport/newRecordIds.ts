const idBytes = 10;

/**
 * `count` new record ids in the format of `newId('rec')` (`rec_` + 20 hex chars of randomness),
 * in ascending order of their first two bytes. Each id is as random as one made alone; handing
 * them out (almost) sorted makes an import's inserts into the `records.id` index, the history index
 * on `record_id` and the history's foreign-key lookups land next to each other instead of all over
 * the B-trees — measured, about a fifth less CPU in the insert phase of a 100k-row import. A
 * counting sort on the first two bytes is enough for that locality and costs a few milliseconds,
 * where sorting the strings costs a hundred.
 *
 * @example
 * newRecordIds(randomBytes, 3) // ['rec_0b…', 'rec_7e…', 'rec_c4…']
 */
export function newRecordIds(randomBytes: (size: number) => Buffer, count: number): string[] {
  const bytes = randomBytes(idBytes * count);
  const hex = bytes.toString('hex');
  const keyOf = (index: number): number => ((bytes[index * idBytes] ?? 0) << 8) | (bytes[index * idBytes + 1] ?? 0);
  const starts = new Uint32Array(65_537);
  for (let index = 0; index < count; index++) starts[keyOf(index) + 1] = (starts[keyOf(index) + 1] ?? 0) + 1;
  for (let key = 1; key < starts.length; key++) starts[key] = (starts[key] ?? 0) + (starts[key - 1] ?? 0);
  const ids = new Array<string>(count);
  for (let index = 0; index < count; index++) {
    const key = keyOf(index);
    const slot = starts[key] ?? 0;
    starts[key] = slot + 1;
    ids[slot] = `rec_${hex.slice(index * 20, index * 20 + 20)}`;
  }
  return ids;
}
