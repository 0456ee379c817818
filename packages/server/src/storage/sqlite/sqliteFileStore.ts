import type { Synchronous } from './Synchronous.js';
import type { SqliteDatabase } from './openDatabase.js';
import type { FileStore } from '../FileStore.js';

interface FileRow {
  id: string;
  uploader_id: string;
  name: string;
  mime_type: string;
  size: number;
  sha256: string;
  created_at: number;
}

/** FileStore over SQLite (`files`, `record_files`). */
export function createSqliteFileStore(db: SqliteDatabase): Synchronous<FileStore> {
  const insert = db.prepare(
    'INSERT INTO files (id, uploader_id, name, mime_type, size, sha256, created_at) VALUES (@id, @uploaderId, @name, @mimeType, @size, @sha256, @createdAt)',
  );
  const byId = db.prepare<[string], FileRow>('SELECT * FROM files WHERE id = ?');
  const clear = db.prepare('DELETE FROM record_files WHERE record_id = ?');
  const attach = db.prepare('INSERT OR IGNORE INTO record_files (record_id, file_id) VALUES (?, ?)');
  const referencing = db.prepare<[string], string>('SELECT record_id FROM record_files WHERE file_id = ? ORDER BY record_id').pluck();
  const markAttached = db.prepare('UPDATE files SET attached_at = ? WHERE id = ? AND attached_at IS NULL');
  const unattached = db.prepare<[number, number], FileRow>('SELECT * FROM files WHERE attached_at IS NULL AND created_at < ? ORDER BY created_at LIMIT ?');
  const removeUnattached = db.prepare('DELETE FROM files WHERE id = ? AND attached_at IS NULL');
  const toFile = (row: FileRow) => ({ id: row.id, uploaderId: row.uploader_id, name: row.name, mimeType: row.mime_type, size: row.size, sha256: row.sha256, createdAt: row.created_at });
  return {
    create: (file) => {
      insert.run(file);
    },
    findById: (id) => {
      const row = byId.get(id);
      return row ? toFile(row) : undefined;
    },
    setRecordFiles: (recordId, fileIds, at) => {
      clear.run(recordId);
      for (const fileId of fileIds) {
        attach.run(recordId, fileId);
        markAttached.run(at, fileId);
      }
    },
    listUnattached: (before, limit) => unattached.all(before, limit).map(toFile),
    deleteUnattached: (id) => removeUnattached.run(id).changes > 0,
    recordsReferencing: (fileId) => referencing.all(fileId),
  };
}
