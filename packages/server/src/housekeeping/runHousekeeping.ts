import { rmSync } from 'node:fs';
import { filePath } from '../files/filePath.js';
import type { ServerContext } from '../ServerContext.js';

/** What one round of housekeeping removed. */
export interface HousekeepingResult {
  readonly idempotencyKeys: number;
  readonly uploads: number;
}

/** Uploads removed per round at most, so that one round never holds the process for long. */
const uploadsPerRound = 500;

/**
 * Forgets what the server no longer needs (`startServer` runs it at start and every hour):
 *
 * - idempotency answers older than `records.idempotencyKeyTtlMs`;
 * - uploads that no record has ever referenced, older than `records.unattachedUploadTtlMs`:
 *   their row first (in a transaction, only if still unattached), then their bytes. A file any
 *   record ever referenced is never removed — the record's history may still show it.
 *
 * Synchronous: no submit can attach a file between the check and the removal.
 */
export function runHousekeeping(context: ServerContext): HousekeepingResult {
  const { stores, settings } = context;
  const now = context.now();
  const idempotencyKeys = stores.transaction(() => stores.records.deleteIdempotentBefore(now - settings.records.idempotencyKeyTtlMs));
  const removed = stores.transaction(() =>
    stores.files
      .listUnattached(now - settings.records.unattachedUploadTtlMs, uploadsPerRound)
      .filter((file) => stores.files.deleteUnattached(file.id))
      .map((file) => file.id),
  );
  // After the commit: a crash in between leaves bytes without a row (harmless), never a row without bytes.
  for (const id of removed) rmSync(filePath(settings.dataDir, id), { force: true });
  return { idempotencyKeys, uploads: removed.length };
}
