import { createHash } from 'node:crypto';

/** A new session token: 32 random bytes, base64url. Only the client ever holds it. */
export function createSessionToken(randomBytes: (size: number) => Buffer): string {
  return randomBytes(32).toString('base64url');
}

/** What the sessions table stores and looks up: the token's SHA-256, hex. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
