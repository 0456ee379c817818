import type { ImportCheckMessage } from './checkImportSheet.js';

/**
 * The checked rows of an import as they become ready: an `ImportStart`, then `ImportChunk`s, then
 * `undefined`. Checking may fail (a sheet that cannot be imported at all): the call that would
 * have returned the next message throws the HTTP error.
 */
export interface ImportFeed {
  /** The next message, waiting without blocking the event loop. */
  next(): Promise<ImportCheckMessage | undefined>;
  /**
   * The next message, blocking this thread until it is there: only feeds whose checking runs on
   * another thread have it, so that the request can write one chunk while the next is checked,
   * inside one transaction.
   */
  readonly nextBlocking?: () => ImportCheckMessage | undefined;
  /** Stops checking (after the last message, or early) and frees what it holds. */
  close(): Promise<void>;
}
