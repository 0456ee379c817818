import type { Synchronous } from './Synchronous.js';
import type { SqliteDatabase } from './openDatabase.js';
import type { Session, SessionStore } from '../SessionStore.js';

interface SessionRow {
  token_hash: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
}

/** SessionStore over SQLite prepared statements. */
export function createSqliteSessionStore(db: SqliteDatabase): Synchronous<SessionStore> {
  const insert = db.prepare(
    `INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at)
     VALUES (@tokenHash, @userId, @createdAt, @lastSeenAt, @expiresAt)`,
  );
  const find = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE token_hash = ?');
  const touch = db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
  const removeForUser = db.prepare('DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?');
  const removeExpired = db.prepare('DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?');

  return {
    create: (session) => void insert.run(session),
    find(tokenHash) {
      const row = find.get(tokenHash);
      return row ? toSession(row) : undefined;
    },
    touch: (tokenHash, lastSeenAt) => void touch.run(lastSeenAt, tokenHash),
    delete: (tokenHash) => void remove.run(tokenHash),
    deleteForUser: (userId, exceptTokenHash = '') => removeForUser.run(userId, exceptTokenHash).changes,
    deleteExpired: (now, idleTimeoutMs) => removeExpired.run(now, now - idleTimeoutMs).changes,
  };
}

function toSession(row: SessionRow): Session {
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
}
