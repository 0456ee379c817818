import type { PgQueryable } from '../PgQueryable.js';
import type { IdempotencyStore } from '../../IdempotencyStore.js';

/**
 * IdempotencyStore over `record_idempotency`. The primary key (form, user, key) makes a second
 * `save` of a key fail: of two racing retries, the second INSERT waits for the first's
 * transaction and then fails with a unique violation, rolling its own record back.
 */
export function createPgIdempotencyStore(db: PgQueryable): IdempotencyStore {
  return {
    async find(formId, userId, key) {
      const { rows } = await db.query<{ request_hash: string; record_id: string; response: string }>(
        'SELECT request_hash, record_id, response FROM record_idempotency WHERE form_id = $1 AND user_id = $2 AND key = $3',
        [formId, userId, key],
      );
      const row = rows[0];
      return row ? { requestHash: row.request_hash, recordId: row.record_id, response: JSON.parse(row.response) as unknown } : undefined;
    },
    async save(formId, userId, key, submit, at) {
      await db.query(
        'INSERT INTO record_idempotency (form_id, user_id, key, request_hash, record_id, response, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [formId, userId, key, submit.requestHash, submit.recordId, JSON.stringify(submit.response), at],
      );
    },
    async deleteBefore(before) {
      const result = await db.query('DELETE FROM record_idempotency WHERE created_at < $1', [before]);
      return result.rowCount ?? 0;
    },
  };
}
