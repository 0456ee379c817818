import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerContext } from '../ServerContext.js';

/** What one round of housekeeping removed. */
export interface HousekeepingResult {
  readonly idempotencyKeys: number;
  readonly uploads: number;
  /** Temp files of uploads that never finished (`files/incoming/`). */
  readonly incomingFiles: number;
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
 * - files in `files/incoming/` nothing has written to for `records.incomingUploadTtlMs`: uploads
 *   cut off by a crash (a live upload writes its temp file as the bytes arrive).
 *
 * The listing and the removal of rows share one transaction: no submit can attach a file between
 * the check and the removal.
 */
export async function runHousekeeping(context: ServerContext): Promise<HousekeepingResult> {
  const { stores, settings } = context;
  const now = context.now();
  const idempotencyKeys = await stores.idempotency.deleteBefore(now - settings.records.idempotencyKeyTtlMs);
  const removed = await stores.transaction(async (tx) => {
    const ids: string[] = [];
    for (const file of await tx.files.listUnattached(now - settings.records.unattachedUploadTtlMs, uploadsPerRound)) {
      if (await tx.files.deleteUnattached(file.id)) ids.push(file.id);
    }
    return ids;
  });
  // After the commit: a crash in between leaves bytes without a row (harmless), never a row without bytes.
  for (const id of removed) await context.blobs.delete(id);
  return { idempotencyKeys, uploads: removed.length, incomingFiles: removeStaleIncoming(context.blobs.incomingDir, now - settings.records.incomingUploadTtlMs) };
}

/** Removes the files of `folder` last written before `writtenBefore` (ms), at most a round's worth. */
function removeStaleIncoming(folder: string, writtenBefore: number): number {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0; // no upload has arrived yet
  }
  let removed = 0;
  for (const name of names) {
    if (removed >= uploadsPerRound) break;
    const path = join(folder, name);
    // Gone meanwhile (its upload finished or failed): nothing to do.
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats?.isFile() || stats.mtimeMs >= writtenBefore) continue;
    rmSync(path, { force: true });
    removed++;
  }
  return removed;
}
