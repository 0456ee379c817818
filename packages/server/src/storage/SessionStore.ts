/** A signed-in browser or client. The token itself is never stored, only its SHA-256. */
export interface Session {
  readonly tokenHash: string;
  readonly userId: string;
  readonly createdAt: number;
  readonly lastSeenAt: number;
  /** The absolute end, whatever the activity. */
  readonly expiresAt: number;
}

export interface SessionStore {
  create(session: Session): Promise<void>;
  find(tokenHash: string): Promise<Session | undefined>;
  /** Records activity (sliding idle expiry). */
  touch(tokenHash: string, lastSeenAt: number): Promise<void>;
  delete(tokenHash: string): Promise<void>;
  /** Ends every session of a user (but `exceptTokenHash`), e.g. when disabled or given a new role. */
  deleteForUser(userId: string, exceptTokenHash?: string): Promise<number>;
  /** Removes sessions past their absolute end or idle longer than `idleTimeoutMs`. */
  deleteExpired(now: number, idleTimeoutMs: number): Promise<number>;
}
