import type { Migration } from '../Migration.js';

/**
 * Public links (外链) to forms: an unguessable token per form (`user_id` NULL: the form's own
 * link) and per form and rep (a personal link whose submissions are the rep's). Tokens are kept
 * as they are, not hashed: an admin reads the form's link back to share it, and a token grants no
 * more than filling in that one form. `public_submissions` counts submissions per address (a hash
 * of it) for the public rate limit; rows older than the window are deleted on each new one.
 */
export const publicLinks: Migration = {
  version: 8,
  name: 'public_links',
  up: `
CREATE TABLE public_links (
  token TEXT PRIMARY KEY,
  form_id TEXT NOT NULL REFERENCES forms(id),
  user_id TEXT REFERENCES users(id),
  created_at INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX public_links_form_user ON public_links(form_id, coalesce(user_id, ''));
CREATE TABLE public_submissions (
  key TEXT NOT NULL,
  submitted_at INTEGER NOT NULL
) STRICT;
CREATE INDEX public_submissions_key ON public_submissions(key, submitted_at);
CREATE INDEX public_submissions_age ON public_submissions(submitted_at);
`,
};
