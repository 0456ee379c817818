import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultRecordSettings, isKnownTimeZone, type RecordSettings } from './records/RecordSettings.js';

/** Everything the server can be told, after environment variables and CLI flags were merged. */
export interface Settings {
  /** TCP port; 0 picks a free one (the printed URL shows the real one). */
  readonly port: number;
  /** Interface to listen on; undefined listens on every interface. */
  readonly host: string | undefined;
  /** Folder holding `formwork.sqlite` (created when missing) and the uploaded files (`files/`). */
  readonly dataDir: string;
  /**
   * `postgres://…` to keep everything but file bytes in PostgreSQL (several server processes may
   * then share it); null keeps the embedded SQLite database in `dataDir`.
   */
  readonly databaseUrl: string | null;
  /** The first admin, created on the first start only. A null password means "generate and print one". */
  readonly admin: { readonly username: string; readonly password: string | null };
  /** `auto`: mark the session cookie `Secure` when the request came over https. */
  readonly secureCookies: 'auto' | 'always' | 'never';
  /** Believe `X-Forwarded-*` headers (only behind a reverse proxy you control). */
  readonly trustProxy: boolean;
  readonly session: {
    /** A session unused for this long ends. */
    readonly idleTimeoutMs: number;
    /** A session ends this long after login, used or not. */
    readonly absoluteTimeoutMs: number;
  };
  /**
   * Failed sign-ins allowed within `windowMs` (see `LoginRateLimiter`): per account from any address,
   * per address and account together, and per address over all accounts (high: one office's NAT).
   */
  readonly loginRateLimit: {
    readonly windowMs: number;
    readonly perAccount: number;
    readonly perAddressAndAccount: number;
    readonly perAddress: number;
  };
  /**
   * Public forms (外链, `POST /api/public/:token/records`): submissions allowed per address within
   * `windowMs` (right or wrong, every attempt counts), and the largest body, far below the signed-in
   * limit since anyone may send it.
   */
  readonly publicForms: {
    readonly windowMs: number;
    readonly perAddress: number;
    readonly bodyLimitBytes: number;
  };
  /** Largest JSON request body accepted, in bytes. */
  readonly jsonBodyLimitBytes: number;
  /** Deepest JSON nesting accepted in a request body. */
  readonly jsonMaxDepth: number;
  /** scrypt cost as log2(N). Stored with every hash, so changing it never locks anyone out. */
  readonly passwordHashCost: number;
  /** Built web apps; a missing folder is served as a "not built yet" page. */
  readonly webRoots: { readonly designer: string; readonly app: string };
  /** Records, uploads, imports: time zone and size limits. */
  readonly records: RecordSettings;
}

/** The flags `formwork serve` understands; each overrides its environment variable. */
export interface SettingsFlags {
  readonly port?: number;
  readonly dataDir?: string;
  readonly adminUser?: string;
  readonly adminPassword?: string;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// src/config.ts and dist/config.js sit at the same depth, so one relative path serves both.
const packagesDir = fileURLToPath(new URL('../..', import.meta.url));

/** The defaults, with the web apps found beside the server package. */
export const defaultSettings: Settings = {
  port: 3000,
  host: undefined,
  dataDir: resolve('data'),
  databaseUrl: null,
  admin: { username: 'admin', password: null },
  secureCookies: 'auto',
  trustProxy: false,
  session: { idleTimeoutMs: 7 * DAY, absoluteTimeoutMs: 30 * DAY },
  loginRateLimit: { windowMs: 15 * MINUTE, perAccount: 10, perAddressAndAccount: 5, perAddress: 300 },
  publicForms: { windowMs: 10 * MINUTE, perAddress: 30, bodyLimitBytes: 64 * 1024 },
  jsonBodyLimitBytes: 1024 * 1024,
  jsonMaxDepth: 64,
  passwordHashCost: 15,
  webRoots: {
    designer: resolve(packagesDir, 'designer/dist'),
    app: resolve(packagesDir, 'runtime/dist-app'),
  },
  records: defaultRecordSettings,
};

/** A setting that could not be understood; the CLI prints `message` and exits. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

/**
 * Merges environment variables and CLI flags (flags win) over the defaults.
 *
 * Environment: `PORT`, `FORMWORK_DATA_DIR`, `FORMWORK_ADMIN_USER`, `FORMWORK_ADMIN_PASSWORD`,
 * `FORMWORK_HOST`, `FORMWORK_TRUST_PROXY` (`1`/`true`), `FORMWORK_SECURE_COOKIES` (`auto`|`always`|`never`),
 * `FORMWORK_TIME_ZONE` (an IANA zone, default Asia/Shanghai), `FORMWORK_DATABASE_URL`
 * (`postgres://user:password@host:port/database`; unset: SQLite in the data folder).
 *
 * @example
 * resolveSettings({ PORT: '8080' }, { dataDir: '/srv/formwork' }).port // 8080
 */
export function resolveSettings(env: Readonly<Record<string, string | undefined>>, flags: SettingsFlags = {}): Settings {
  const port = flags.port ?? (env['PORT'] ? parsePort(env['PORT'], 'PORT') : defaultSettings.port);
  const dataDir = resolve(flags.dataDir ?? nonEmpty(env['FORMWORK_DATA_DIR']) ?? defaultSettings.dataDir);
  const username = flags.adminUser ?? nonEmpty(env['FORMWORK_ADMIN_USER']) ?? defaultSettings.admin.username;
  const password = flags.adminPassword ?? nonEmpty(env['FORMWORK_ADMIN_PASSWORD']) ?? null;
  return {
    ...defaultSettings,
    port,
    host: nonEmpty(env['FORMWORK_HOST']) ?? defaultSettings.host,
    dataDir,
    databaseUrl: parseDatabaseUrl(env['FORMWORK_DATABASE_URL']),
    admin: { username, password },
    trustProxy: parseBoolean(env['FORMWORK_TRUST_PROXY'], 'FORMWORK_TRUST_PROXY') ?? defaultSettings.trustProxy,
    secureCookies: parseSecureCookies(env['FORMWORK_SECURE_COOKIES']),
    records: { ...defaultSettings.records, timeZone: parseTimeZone(env['FORMWORK_TIME_ZONE']) },
  };
}

/** Reads a port number, or throws a SettingsError naming where it came from. */
export function parsePort(text: string, source: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new SettingsError(`${source} must be a port number between 0 and 65535, got "${text}"`);
  }
  return port;
}

/** A PostgreSQL URL, or null when unset; anything else is refused before the server starts. */
function parseDatabaseUrl(value: string | undefined): string | null {
  const text = nonEmpty(value)?.trim();
  if (text === undefined) return null;
  if (!/^postgres(ql)?:\/\//.test(text)) {
    throw new SettingsError('FORMWORK_DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/database), or unset to use SQLite');
  }
  return text;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

function parseBoolean(value: string | undefined, source: string): boolean | undefined {
  if (nonEmpty(value) === undefined) return undefined;
  const text = (value ?? '').trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  throw new SettingsError(`${source} must be true or false, got "${value ?? ''}"`);
}

function parseTimeZone(value: string | undefined): string {
  const name = nonEmpty(value)?.trim();
  if (name === undefined) return defaultSettings.records.timeZone;
  if (!isKnownTimeZone(name)) throw new SettingsError(`FORMWORK_TIME_ZONE must be an IANA time zone such as Asia/Shanghai, got "${name}"`);
  return name;
}

function parseSecureCookies(value: string | undefined): Settings['secureCookies'] {
  const text = nonEmpty(value)?.trim().toLowerCase();
  if (text === undefined) return defaultSettings.secureCookies;
  if (text === 'auto' || text === 'always' || text === 'never') return text;
  throw new SettingsError(`FORMWORK_SECURE_COOKIES must be auto, always or never, got "${value ?? ''}"`);
}
