import type { SqliteDatabase } from '../../db/openDatabase.js';
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
export function createSqliteFileStore(db: SqliteDatabase): FileStore {
  const insert = db.prepare(
    'INSERT INTO files (id, uploader_id, name, mime_type, size, sha256, created_at) VALUES (@id, @uploaderId, @name, @mimeType, @size, @sha256, @createdAt)',
  );
  const byId = db.prepare<[string], FileRow>('SELECT * FROM files WHERE id = ?');
  const clear = db.prepare('DELETE FROM record_files WHERE record_id = ?');
  const attach = db.prepare('INSERT OR IGNORE INTO record_files (record_id, file_id) VALUES (?, ?)');
  const referencing = db.prepare<[string], string>('SELECT record_id FROM record_files WHERE file_id = ? ORDER BY record_id').pluck();
  return {
    create: (file) => {
      insert.run(file);
    },
    findById: (id) => {
      const row = byId.get(id);
      return row
        ? { id: row.id, uploaderId: row.uploader_id, name: row.name, mimeType: row.mime_type, size: row.size, sha256: row.sha256, createdAt: row.created_at }
        : undefined;
    },
    setRecordFiles: (recordId, fileIds) => {
      clear.run(recordId);
      for (const fileId of fileIds) attach.run(recordId, fileId);
    },
    recordsReferencing: (fileId) => referencing.all(fileId),
  };
}
