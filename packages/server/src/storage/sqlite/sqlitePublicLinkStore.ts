import type { Synchronous } from './Synchronous.js';
import type { SqliteDatabase } from './openDatabase.js';
import type { PublicLink, PublicLinkStore } from '../PublicLinkStore.js';

interface PublicLinkRow {
  token: string;
  form_id: string;
  user_id: string | null;
  created_at: number;
}

/** PublicLinkStore over `public_links` and `public_submissions` (migration 0008). */
export function createSqlitePublicLinkStore(db: SqliteDatabase): Synchronous<PublicLinkStore> {
  const byToken = db.prepare<[string], PublicLinkRow>('SELECT token, form_id, user_id, created_at FROM public_links WHERE token = ?');
  const byOwner = db.prepare<[string, string], PublicLinkRow>(
    "SELECT token, form_id, user_id, created_at FROM public_links WHERE form_id = ? AND coalesce(user_id, '') = ?",
  );
  const insert = db.prepare('INSERT OR IGNORE INTO public_links (token, form_id, user_id, created_at) VALUES (?, ?, ?, ?)');
  const insertSubmission = db.prepare('INSERT INTO public_submissions (key, submitted_at) VALUES (?, ?)');
  const count = db.prepare<[string, number], number>('SELECT count(*) FROM public_submissions WHERE key = ? AND submitted_at >= ?').pluck();
  const earliest = db.prepare<[string, number], number | null>('SELECT min(submitted_at) FROM public_submissions WHERE key = ? AND submitted_at >= ?').pluck();
  const deleteBefore = db.prepare('DELETE FROM public_submissions WHERE submitted_at < ?');
  const ensure = db.transaction((formId: string, userId: string | null, token: string, now: number): PublicLink => {
    // INSERT OR IGNORE: a link made meanwhile (the unique index on form and user) wins, and is the one read back.
    insert.run(token, formId, userId, now);
    const row = byOwner.get(formId, userId ?? '');
    if (!row) throw new Error(`public link for ${formId} was not written`);
    return toLink(row);
  });

  return {
    findByToken: (token) => {
      const row = byToken.get(token);
      return row ? toLink(row) : undefined;
    },
    ensure: (formId, userId, token, now) => ensure(formId, userId, token, now),
    recordSubmission: (key, at) => void insertSubmission.run(key, at),
    countSubmissionsSince: (key, since) => count.get(key, since) ?? 0,
    earliestSubmissionSince: (key, since) => earliest.get(key, since) ?? undefined,
    deleteSubmissionsBefore: (before) => deleteBefore.run(before).changes,
  };
}

function toLink(row: PublicLinkRow): PublicLink {
  return { token: row.token, formId: row.form_id, userId: row.user_id, createdAt: row.created_at };
}
