import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Copies a live database to `destination` with SQLite's online backup API: consistent even while
 * the server writes. Refuses to overwrite an existing file.
 *
 * @returns the number of pages copied.
 */
export async function backupDatabase(source: string, destination: string): Promise<number> {
  if (!existsSync(source)) throw new Error(`No database at ${source}`);
  const target = resolve(destination);
  if (existsSync(target)) throw new Error(`${target} already exists; choose a new file name`);
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const result = await db.backup(target);
    return result.totalPages;
  } finally {
    db.close();
  }
}
