import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { bootstrapAdmin } from './auth/bootstrapAdmin.js';
import { SettingsError, type Settings } from './config.js';
import { createApp, type FormworkApp } from './createApp.js';
import { openStorage } from './storage/openStorage.js';
import type { Storage } from './storage/Storage.js';
import type { FormPublishHook } from './forms/FormPublishHook.js';
import { createHttpServer } from './http/createHttpServer.js';
import type { ValidationIssue } from './http/validation/ValueSchema.js';
import { runHousekeeping } from './housekeeping/runHousekeeping.js';
import { startFlowTimers } from './workflows/fireDueTimers.js';
import { consoleLogger, type Logger } from './Logger.js';
import { passwordSchema, usernameSchema } from './org/userSchemas.js';

/** How often a running server forgets what it no longer needs (`runHousekeeping`). */
const housekeepingEveryMs = 60 * 60 * 1000;

/** A listening server and how to stop it. */
export interface RunningServer {
  /** `http://localhost:PORT` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly storage: Storage;
  readonly formwork: FormworkApp;
  /** Stops accepting connections, waits for open ones, closes the storage. */
  close(): Promise<void>;
}

export interface StartOptions {
  readonly logger?: Logger;
  readonly now?: () => number;
  readonly randomBytes?: (size: number) => Buffer;
  readonly formPublishHooks?: readonly FormPublishHook[];
}

/**
 * What `formwork serve` does: open the storage (`<dataDir>/formwork.sqlite`, or PostgreSQL at
 * `FORMWORK_DATABASE_URL`), apply migrations, create the first admin if there are no users
 * (printing a generated password once), listen, and print the URLs. On SQLite, refuses
 * (`DataFolderBusyError`) a data folder that another process is serving; on PostgreSQL several
 * processes may serve one database, and housekeeping runs in one of them at a time (a lease).
 */
export async function startServer(settings: Settings, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? consoleLogger;
  checkAdminSettings(settings);
  const now = options.now ?? Date.now;
  const randomBytes = options.randomBytes ?? cryptoRandomBytes;
  const storage = await openStorage(settings, now);
  try {
    const { migration } = storage;
    if (migration.applied.length > 0) logger.info(`Database migrated to version ${String(migration.current)} (${storage.description})`);
    // Only a password about to be set must meet today's rules: an install whose environment still
    // holds an older, shorter one (never used again after the first start) keeps starting.
    if ((await storage.stores.users.count()) === 0) checkAdminPassword(settings);
    const formwork = createApp({ storage, settings, now, randomBytes, logger, ...(options.formPublishHooks ? { formPublishHooks: options.formPublishHooks } : {}) });
    const admin = await bootstrapAdmin(formwork.context);
    if (admin.created) {
      logger.info(
        admin.generatedPassword === null
          ? `Admin account: ${admin.username} (password from FORMWORK_ADMIN_PASSWORD)`
          : `Admin account: ${admin.username} / ${admin.generatedPassword}\n  (generated once; sign in and keep it safe — it is not shown again)`,
      );
    }
    const server = await listen(formwork, settings);
    const port = (server.address() as AddressInfo).port;
    const url = `http://localhost:${port}`;
    logger.info(`Storage: ${storage.description}`);
    logger.info(`Formwork is running at ${url}/ (designer: ${url}/designer/)`);
    const holder = `${hostname()}:${String(process.pid)}:${randomBytes(4).toString('hex')}`;
    const tidy = async (): Promise<void> => {
      try {
        // Several processes on one PostgreSQL database: the lease lets one of them run each round.
        if (!(await storage.stores.leases.acquire('housekeeping', holder, now(), housekeepingEveryMs / 2))) return;
        const removed = await runHousekeeping(formwork.context);
        if (removed.idempotencyKeys > 0 || removed.uploads > 0 || removed.incomingFiles > 0) {
          logger.info(
            `Housekeeping: forgot ${String(removed.idempotencyKeys)} idempotency keys, removed ${String(removed.uploads)} never-used uploads and ${String(removed.incomingFiles)} unfinished ones`,
          );
        }
      } catch (error) {
        logger.error('Housekeeping failed', error);
      }
    };
    await tidy();
    // tidy catches and logs whatever fails: the promise it returns never rejects.
    const housekeeping = setInterval(() => void tidy(), housekeepingEveryMs).unref();
    // Workflow due times (reminders, auto-approve, auto-return), fired by one process at a time (a lease).
    const stopFlowTimers = startFlowTimers(formwork.context, holder);
    return {
      url,
      port,
      storage,
      formwork,
      close: () =>
        new Promise<void>((resolve, reject) => {
          clearInterval(housekeeping);
          stopFlowTimers();
          server.close((error) => {
            storage.close().then(
              () => (error ? reject(error) : resolve()),
              (closeError: unknown) => reject(error ?? closeError),
            );
          });
          server.closeIdleConnections();
        }),
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}

function listen(formwork: FormworkApp, settings: Settings): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createHttpServer(formwork.app);
    server.once('error', reject);
    const ready = (): void => {
      server.off('error', reject);
      resolve(server);
    };
    if (settings.host === undefined) server.listen(settings.port, ready);
    else server.listen(settings.port, settings.host, ready);
  });
}

function checkAdminSettings(settings: Settings): void {
  const issues: ValidationIssue[] = [];
  usernameSchema.check(settings.admin.username, '', issues);
  if (issues.length > 0) throw new SettingsError(`FORMWORK_ADMIN_USER "${settings.admin.username}" ${issues[0]?.message.en ?? 'is invalid'}`);
}

function checkAdminPassword(settings: Settings): void {
  if (settings.admin.password === null) return;
  const issues: ValidationIssue[] = [];
  passwordSchema.check(settings.admin.password, '', issues);
  if (issues.length > 0) throw new SettingsError(`FORMWORK_ADMIN_PASSWORD ${issues[0]?.message.en ?? 'is invalid'}`);
}
