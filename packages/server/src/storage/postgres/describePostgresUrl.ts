/**
 * Where a `postgres://` URL points — `user@host:port/database` — for messages and logs. Never
 * includes the password, so it is safe to print even when the URL carries one.
 *
 * Throws (without echoing the URL, which may hold a password) when it is not a postgres URL.
 *
 * @example
 * describePostgresUrl('postgres://app:secret@db.example:5433/formwork'); // 'app@db.example:5433/formwork'
 */
export function describePostgresUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(
      '数据库地址不是有效的 postgres:// URL / The database URL is not a valid postgres:// URL (postgres://user:password@host:port/database)',
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error(`数据库地址须以 postgres:// 开头 / The database URL must start with postgres://, not ${parsed.protocol}//`);
  }
  // A unix socket folder is given as ?host=/path or as a percent-encoded host.
  const host = parsed.searchParams.get('host') ?? (decodeURIComponent(parsed.hostname) || 'localhost');
  const user = decodeURIComponent(parsed.username);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//u, '')) || user;
  return `${user ? `${user}@` : ''}${host}:${parsed.port || '5432'}/${database}`;
}
