import type { PgQueryable } from '../PgQueryable.js';
import type { Session, SessionStore } from '../../SessionStore.js';
import { readBigint } from './readBigint.js';

interface SessionRow {
  token_hash: string;
  user_id: string;
  created_at: number | string;
  last_seen_at: number | string;
  expires_at: number | string;
}

/** SessionStore over PostgreSQL: the sessions every server process shares. */
export function createPgSessionStore(db: PgQueryable): SessionStore {
  return {
    async create(session) {
      await db.query(
        'INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
        [session.tokenHash, session.userId, session.createdAt, session.lastSeenAt, session.expiresAt],
      );
    },
    async find(tokenHash) {
      const { rows } = await db.query<SessionRow>(
        'SELECT token_hash, user_id, created_at, last_seen_at, expires_at FROM sessions WHERE token_hash = $1',
        [tokenHash],
      );
      return rows[0] ? toSession(rows[0]) : undefined;
    },
    async touch(tokenHash, lastSeenAt) {
      await db.query('UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1', [tokenHash, lastSeenAt]);
    },
    async delete(tokenHash) {
      await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    },
    async deleteForUser(userId, exceptTokenHash = '') {
      const result = await db.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [userId, exceptTokenHash]);
      return result.rowCount ?? 0;
    },
    async deleteExpired(now, idleTimeoutMs) {
      const result = await db.query('DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2', [now, now - idleTimeoutMs]);
      return result.rowCount ?? 0;
    },
  };
}

function toSession(row: SessionRow): Session {
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    createdAt: readBigint(row.created_at),
    lastSeenAt: readBigint(row.last_seen_at),
    expiresAt: readBigint(row.expires_at),
  };
}
