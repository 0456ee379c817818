import type { PgQueryable } from '../PgQueryable.js';
import type { FileStore, StoredFile } from '../../FileStore.js';
import { readBigint } from './readBigint.js';

interface FileRow {
  id: string;
  uploader_id: string;
  name: string;
  mime_type: string;
  size: number | string;
  sha256: string;
  created_at: number | string;
}

const columns = 'id, uploader_id, name, mime_type, size, sha256, created_at';

/** FileStore over PostgreSQL (`files`, `record_files`). */
export function createPgFileStore(db: PgQueryable): FileStore {
  return {
    async create(file) {
      await db.query('INSERT INTO files (id, uploader_id, name, mime_type, size, sha256, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        file.id,
        file.uploaderId,
        file.name,
        file.mimeType,
        file.size,
        file.sha256,
        file.createdAt,
      ]);
    },
    async findById(id) {
      const { rows } = await db.query<FileRow>(`SELECT ${columns} FROM files WHERE id = $1`, [id]);
      return rows[0] ? toFile(rows[0]) : undefined;
    },
    async setRecordFiles(recordId, fileIds, at) {
      // One statement (the CTEs share a snapshot and commit together): drop the references no
      // longer in the list, add the new ones, and stamp each file attached for good. The DELETE
      // and the INSERT touch different rows, so they cannot collide.
      await db.query(
        `WITH dropped AS (
           DELETE FROM record_files WHERE record_id = $1 AND NOT (file_id = ANY ($2::text[]))
         ), added AS (
           INSERT INTO record_files (record_id, file_id) SELECT DISTINCT $1::text, unnest($2::text[]) ON CONFLICT DO NOTHING
         ) UPDATE files SET attached_at = $3 WHERE id = ANY ($2::text[]) AND attached_at IS NULL`,
        [recordId, fileIds, at],
      );
    },
    async listUnattached(before, limit) {
      const { rows } = await db.query<FileRow>(`SELECT ${columns} FROM files WHERE attached_at IS NULL AND created_at < $1 ORDER BY created_at LIMIT $2`, [
        before,
        limit,
      ]);
      return rows.map(toFile);
    },
    async deleteUnattached(id) {
      const result = await db.query('DELETE FROM files WHERE id = $1 AND attached_at IS NULL', [id]);
      return (result.rowCount ?? 0) > 0;
    },
    async recordsReferencing(fileId) {
      const { rows } = await db.query<{ record_id: string }>('SELECT record_id FROM record_files WHERE file_id = $1 ORDER BY record_id', [fileId]);
      return rows.map((row) => row.record_id);
    },
  };
}

function toFile(row: FileRow): StoredFile {
  return {
    id: row.id,
    uploaderId: row.uploader_id,
    name: row.name,
    mimeType: row.mime_type,
    size: readBigint(row.size),
    sha256: row.sha256,
    createdAt: readBigint(row.created_at),
  };
}
