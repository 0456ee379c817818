import { parsePort, SettingsError, type SettingsFlags } from './config.js';

/** What the command line asked for. */
export type CliCommand =
  | { readonly command: 'serve'; readonly flags: SettingsFlags }
  | { readonly command: 'backup'; readonly file: string; readonly dataDir?: string }
  /** `to` undefined: the URL comes from FORMWORK_DATABASE_URL (keeps the password out of `ps`). */
  | { readonly command: 'migrate-to-postgres'; readonly from: string; readonly to?: string }
  | { readonly command: 'install-template'; readonly name: string; readonly sampleData: boolean; readonly dataDir?: string }
  | { readonly command: 'help' };

export const usage = `Usage:
  formwork serve [--port N] [--data-dir DIR] [--admin-user NAME] [--admin-password PASSWORD]
  formwork backup FILE [--data-dir DIR]
  formwork migrate-to-postgres --from FILE [--to postgres://USER:PASSWORD@HOST:PORT/DATABASE]
  formwork install-template NAME [--sample-data] [--data-dir DIR]
  formwork --help

serve   starts the server: the API at /api, the designer at /designer, the app at /.
backup  copies the database to FILE with SQLite's online backup (safe while the server runs).
migrate-to-postgres  copies a SQLite database (FILE: <data dir>/formwork.sqlite; stop the server
        first) into an empty PostgreSQL database (--to, or FORMWORK_DATABASE_URL), counts checked.
        Uploaded files stay in the data folder's files/: copy or share it with the new servers.
install-template  installs a ready-made app (crm, performance) as a new app, in one transaction;
        --sample-data adds a sales team's year: departments, users (one random initial password,
        printed once) and records. The first admin installs it (start the server once before).

Environment (flags win): PORT (3000), FORMWORK_DATA_DIR (./data), FORMWORK_ADMIN_USER (admin),
FORMWORK_ADMIN_PASSWORD (generated and printed on the first start when unset), FORMWORK_HOST,
FORMWORK_TRUST_PROXY, FORMWORK_SECURE_COOKIES (auto|always|never).
`;

const valueFlags = new Set(['--port', '--data-dir', '--admin-user', '--admin-password', '--from', '--to']);

/** The flags each command takes; any other is refused by name. */
const commandFlags: Readonly<Record<string, readonly string[]>> = {
  serve: ['--port', '--data-dir', '--admin-user', '--admin-password'],
  backup: ['--data-dir'],
  'migrate-to-postgres': ['--from', '--to'],
  'install-template': ['--data-dir', '--sample-data'],
};

/** Flags that take no value. */
const switchFlags = new Set(['--sample-data']);

/**
 * Parses `process.argv.slice(2)`. Accepts `--flag value` and `--flag=value`; an unknown flag or a
 * missing value is a SettingsError (the CLI prints it with the usage and exits 2).
 *
 * @example
 * parseCliArguments(['serve', '--port=8080']) // { command: 'serve', flags: { port: 8080 } }
 */
export function parseCliArguments(argv: readonly string[]): CliCommand {
  const positional: string[] = [];
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--help' || arg === '-h' || arg === 'help') return { command: 'help' };
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    if (switchFlags.has(arg)) {
      values.set(arg, 'true');
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (!valueFlags.has(name)) throw new SettingsError(`unknown option ${name}`);
    const value = equals === -1 ? argv[++index] : arg.slice(equals + 1);
    if (value === undefined || value === '') throw new SettingsError(`${name} needs a value`);
    values.set(name, value);
  }
  const [command = 'serve', ...rest] = positional;
  for (const name of values.keys()) {
    const allowed = commandFlags[command];
    if (allowed && !allowed.includes(name)) throw new SettingsError(`${name} does not apply to ${command}`);
  }
  if (command === 'serve') {
    if (rest.length > 0) throw new SettingsError(`unexpected argument ${rest[0] ?? ''}`);
    const port = values.get('--port');
    const dataDir = values.get('--data-dir');
    const adminUser = values.get('--admin-user');
    const adminPassword = values.get('--admin-password');
    return {
      command: 'serve',
      flags: {
        ...(port !== undefined ? { port: parsePort(port, '--port') } : {}),
        ...(dataDir !== undefined ? { dataDir } : {}),
        ...(adminUser !== undefined ? { adminUser } : {}),
        ...(adminPassword !== undefined ? { adminPassword } : {}),
      },
    };
  }
  if (command === 'backup') {
    const [file, ...extra] = rest;
    if (file === undefined) throw new SettingsError('backup needs a destination FILE');
    if (extra.length > 0) throw new SettingsError(`unexpected argument ${extra[0] ?? ''}`);
    const dataDir = values.get('--data-dir');
    return { command: 'backup', file, ...(dataDir !== undefined ? { dataDir } : {}) };
  }
  if (command === 'migrate-to-postgres') {
    if (rest.length > 0) throw new SettingsError(`unexpected argument ${rest[0] ?? ''}`);
    const from = values.get('--from');
    if (from === undefined) throw new SettingsError('migrate-to-postgres needs --from FILE (the SQLite database, <data dir>/formwork.sqlite)');
    const to = values.get('--to');
    return { command: 'migrate-to-postgres', from, ...(to !== undefined ? { to } : {}) };
  }
  if (command === 'install-template') {
    const [name, ...extra] = rest;
    if (name === undefined) throw new SettingsError('install-template needs a template NAME (crm, performance)');
    if (extra.length > 0) throw new SettingsError(`unexpected argument ${extra[0] ?? ''}`);
    const dataDir = values.get('--data-dir');
    return { command: 'install-template', name, sampleData: values.has('--sample-data'), ...(dataDir !== undefined ? { dataDir } : {}) };
  }
  throw new SettingsError(`unknown command ${command}`);
}
