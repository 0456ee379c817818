import { checkImportSheet, type ImportCheckSetup } from './checkImportSheet.js';
import type { ImportFeed } from './ImportFeed.js';
import { readSheet } from './readSheet.js';

/**
 * Checks an import on the request's own thread (small files, and forms whose checks read linked
 * records), yielding to the event loop between chunks so that other requests keep being served.
 */
export function checkInRequest(setup: ImportCheckSetup, bytes: Buffer): ImportFeed {
  let messages: ReturnType<typeof checkImportSheet> | undefined;
  let first = true;
  return {
    async next() {
      if (!first) await new Promise((resolve) => setImmediate(resolve));
      first = false;
      messages ??= checkImportSheet(setup, await readSheet(bytes, setup.maxRows));
      const step = messages.next();
      return step.done ? undefined : step.value;
    },
    close() {
      messages?.return();
      return Promise.resolve();
    },
  };
}
