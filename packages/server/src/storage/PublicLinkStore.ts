/** A public link (外链) to a form: the form's own (`userId` null) or a rep's personal one. */
export interface PublicLink {
  readonly token: string;
  readonly formId: string;
  /** The rep whose personal link this is (submissions are theirs); null for the form's own link. */
  readonly userId: string | null;
  readonly createdAt: number;
}

/**
 * Public links and the submissions counted against the public rate limit. Whether a link is
 * usable (the form published, live, `settings.publicLink.enabled`) is the caller's question: a
 * link outlives a switched-off setting, so switching it back on brings the same link back.
 */
export interface PublicLinkStore {
  findByToken(token: string): Promise<PublicLink | undefined>;
  /** The form's link (userId null) or the rep's, made with `token` if there is none yet. */
  ensure(formId: string, userId: string | null, token: string, now: number): Promise<PublicLink>;
  /** Counts one submission under `key` (an address, hashed) at `at`. */
  recordSubmission(key: string, at: number): Promise<void>;
  /** How many submissions `key` had at or after `since`. */
  countSubmissionsSince(key: string, since: number): Promise<number>;
  /** The earliest submission of `key` at or after `since`, to say when the next one is allowed. */
  earliestSubmissionSince(key: string, since: number): Promise<number | undefined>;
  /** Forgets submissions before `before`; returns how many rows went. */
  deleteSubmissionsBefore(before: number): Promise<number>;
}
