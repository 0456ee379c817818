import { afterEach, beforeEach } from 'vitest';
import type { Stores } from '../../Stores.js';
import type { OpenedStores, OpenStores } from './OpenStores.js';

/** Fresh stores for each test of the enclosing `describe`, closed after it. */
export function useStores(open: OpenStores): () => Stores {
  let opened: OpenedStores | undefined;
  beforeEach(async () => {
    opened = await open();
  });
  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });
  return () => {
    if (!opened) throw new Error('stores are only open inside a test');
    return opened.stores;
  };
}
