import { checkImportSheet, type ImportCheckSetup } from './checkImportSheet.js';
import type { XlsxZipLimits } from './checkXlsxZip.js';
import type { ImportFeed } from './ImportFeed.js';
import { readSheet } from './readSheet.js';

/**
 * Checks an import on the request's own thread (small CSV files, and any file when the database
 * lives in memory, where no worker could open it), yielding to the event loop between chunks so
 * that other requests keep being served.
 */
export function checkInRequest(setup: ImportCheckSetup, bytes: Buffer, xlsx: XlsxZipLimits): ImportFeed {
  let messages: ReturnType<typeof checkImportSheet> | undefined;
  let first = true;
  return {
    async next() {
      if (!first) await new Promise((resolve) => setImmediate(resolve));
      first = false;
      messages ??= checkImportSheet(setup, await readSheet(bytes, { maxRows: setup.maxRows, xlsx }));
      const step = await messages.next();
      return step.done ? undefined : step.value;
    },
    async close() {
      await messages?.return();
    },
  };
}
