import type { PgQueryable } from '../PgQueryable.js';
import type { PublicLink, PublicLinkStore } from '../../PublicLinkStore.js';
import { readBigint, readNullableBigint } from './readBigint.js';

interface PublicLinkRow {
  token: string;
  form_id: string;
  user_id: string | null;
  created_at: number | string;
}

/** PublicLinkStore over `public_links` and `public_submissions`. */
export function createPgPublicLinkStore(db: PgQueryable): PublicLinkStore {
  return {
    async findByToken(token) {
      const { rows } = await db.query<PublicLinkRow>('SELECT token, form_id, user_id, created_at FROM public_links WHERE token = $1', [token]);
      return rows[0] ? toLink(rows[0]) : undefined;
    },
    async ensure(formId, userId, token, now) {
      // The unique index on (form, coalesce(user, '')) decides between racing callers: a losing
      // INSERT waits for the winner to commit and then does nothing. The read back is a statement
      // of its own, so under READ COMMITTED it sees the winner's row (one statement's snapshot
      // would not).
      await db.query('INSERT INTO public_links (token, form_id, user_id, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
        token,
        formId,
        userId,
        now,
      ]);
      const { rows } = await db.query<PublicLinkRow>(
        "SELECT token, form_id, user_id, created_at FROM public_links WHERE form_id = $1 AND coalesce(user_id, '') = $2",
        [formId, userId ?? ''],
      );
      if (!rows[0]) throw new Error(`public link for ${formId} was not written`);
      return toLink(rows[0]);
    },
    async recordSubmission(key, at) {
      await db.query('INSERT INTO public_submissions (key, submitted_at) VALUES ($1, $2)', [key, at]);
    },
    async countSubmissionsSince(key, since) {
      const { rows } = await db.query<{ n: number }>(
        'SELECT count(*)::integer AS n FROM public_submissions WHERE key = $1 AND submitted_at >= $2',
        [key, since],
      );
      return rows[0]?.n ?? 0;
    },
    async earliestSubmissionSince(key, since) {
      const { rows } = await db.query<{ earliest: number | string | null }>(
        'SELECT min(submitted_at) AS earliest FROM public_submissions WHERE key = $1 AND submitted_at >= $2',
        [key, since],
      );
      return readNullableBigint(rows[0]?.earliest ?? null) ?? undefined;
    },
    async deleteSubmissionsBefore(before) {
      const result = await db.query('DELETE FROM public_submissions WHERE submitted_at < $1', [before]);
      return result.rowCount ?? 0;
    },
  };
}

function toLink(row: PublicLinkRow): PublicLink {
  return { token: row.token, formId: row.form_id, userId: row.user_id, createdAt: readBigint(row.created_at) };
}
