import { Pool, TypeOverrides, types } from 'pg';
import { describePostgresUrl } from './describePostgresUrl.js';

/** Tuning for `openPostgres`; the defaults suit a Formwork server. */
export interface OpenPostgresOptions {
  /** Connections kept at most (default 10). */
  readonly max?: number;
  /**
   * A statement running longer is cancelled by the server (default 60 s): a runaway query must not
   * hold a connection and its locks for ever. Bulk paths that need longer set it per transaction
   * (`SET LOCAL statement_timeout`).
   */
  readonly statementTimeoutMs?: number;
  /**
   * Told about errors of idle connections (the server restarted, the network dropped). The pool
   * discards such a connection and opens a new one when needed; without a listener, node would
   * crash the process on the pool's 'error' event.
   */
  readonly onIdleError?: (error: Error) => void;
  /** Sessions that refuse every write (`default_transaction_read_only`): a worker's stores. */
  readonly readOnly?: boolean;
}

/**
 * Opens a connection pool to the PostgreSQL database at `url` and checks that it answers, so a
 * wrong URL, a stopped server or a refused password stops the start with a message naming where
 * it tried (`user@host:port/database`, never the password).
 *
 * Each connection:
 * - reads BIGINT (int8) as a JavaScript number. Formwork keeps times in milliseconds, seqs and
 *   counts in BIGINT, all far below 2^53; the pg driver's default (a string) would leak into every
 *   store. A value beyond `Number.MAX_SAFE_INTEGER` fails its query (RangeError) rather than be
 *   rounded silently. The parser is set on this pool only, not on the pg module for everyone.
 * - cancels statements after `statementTimeoutMs`, and ends sessions left idle inside a
 *   transaction for a minute, so a leaked transaction cannot hold row locks for ever.
 * - is named `formwork` in `pg_stat_activity`.
 *
 * @example
 * const pool = await openPostgres('postgres://formwork:secret@localhost/formwork');
 * await migratePostgres(pool, Date.now);
 */
export async function openPostgres(url: string, options: OpenPostgresOptions = {}): Promise<Pool> {
  const where = describePostgresUrl(url);
  const pool = new Pool({
    connectionString: url,
    max: options.max ?? 10,
    statement_timeout: options.statementTimeoutMs ?? 60_000,
    idle_in_transaction_session_timeout: 60_000,
    connectionTimeoutMillis: 10_000,
    application_name: 'formwork',
    types: formworkTypes,
    ...(options.readOnly === true ? { options: '-c default_transaction_read_only=on' } : {}),
  });
  pool.on('error', options.onIdleError ?? (() => undefined));
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = redact(error instanceof Error ? error.message : String(error), passwordsOf(url));
    // No `cause`: the driver's error could carry connection details; its message (redacted) is enough.
    throw new Error(`无法连接 PostgreSQL ${where} / Cannot connect to PostgreSQL at ${where}: ${reason}`);
  }
  return pool;
}

const formworkTypes = new TypeOverrides();
formworkTypes.setTypeParser(types.builtins.INT8, 'text', parseSafeInteger);

function parseSafeInteger(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`A BIGINT value ${text} is beyond what a JavaScript number holds exactly`);
  }
  return value;
}

/** The password as written in the URL and as sent (decoded); the driver also takes `?password=`. */
function passwordsOf(url: string): string[] {
  const parsed = new URL(url);
  return [parsed.password, decodeURIComponent(parsed.password), parsed.searchParams.get('password') ?? ''].filter((p) => p !== '');
}

function redact(message: string, passwords: readonly string[]): string {
  return passwords.reduce((text, password) => text.split(password).join('***'), message);
}
