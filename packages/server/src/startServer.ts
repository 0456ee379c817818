import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bootstrapAdmin } from './auth/bootstrapAdmin.js';
import { SettingsError, type Settings } from './config.js';
import { createApp, type FormworkApp } from './createApp.js';
import { migrateDatabase } from './storage/sqlite/migrateDatabase.js';
import { holdDataFolder } from './storage/sqlite/holdDataFolder.js';
import { databasePath, openDatabase, type SqliteDatabase } from './storage/sqlite/openDatabase.js';
import type { FormPublishHook } from './forms/FormPublishHook.js';
import { createHttpServer } from './http/createHttpServer.js';
import type { ValidationIssue } from './http/validation/ValueSchema.js';
import { runHousekeeping } from './housekeeping/runHousekeeping.js';
import { consoleLogger, type Logger } from './Logger.js';
import { passwordSchema, usernameSchema } from './org/userSchemas.js';

/** How often a running server forgets what it no longer needs (`runHousekeeping`). */
const housekeepingEveryMs = 60 * 60 * 1000;

/** A listening server and how to stop it. */
export interface RunningServer {
  /** `http://localhost:PORT` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly db: SqliteDatabase;
  readonly formwork: FormworkApp;
  /** Stops accepting connections, waits for open ones, closes the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  readonly logger?: Logger;
  readonly now?: () => number;
  readonly randomBytes?: (size: number) => Buffer;
  readonly formPublishHooks?: readonly FormPublishHook[];
}

/**
 * What `formwork serve` does: open `<dataDir>/formwork.sqlite`, apply migrations, create the
 * first admin if there are no users (printing a generated password once), listen, and print
 * the URLs. Refuses (`DataFolderBusyError`) a data folder that another process is serving.
 */
export async function startServer(settings: Settings, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? consoleLogger;
  checkAdminSettings(settings);
  const now = options.now ?? Date.now;
  const randomBytes = options.randomBytes ?? cryptoRandomBytes;
  mkdirSync(settings.dataDir, { recursive: true });
  const hold = holdDataFolder(settings.dataDir, now);
  let db: SqliteDatabase;
  try {
    db = openDatabase(databasePath(settings.dataDir));
  } catch (error) {
    hold.release();
    throw error;
  }
  try {
    const migration = migrateDatabase(db, now);
    if (migration.applied.length > 0) logger.info(`Database migrated to version ${migration.current} (${databasePath(settings.dataDir)})`);
    // Only a password about to be set must meet today's rules: an install whose environment still
    // holds an older, shorter one (never used again after the first start) keeps starting.
    if (isFirstStart(db)) checkAdminPassword(settings);
    const formwork = createApp({ db, settings, now, randomBytes, logger, ...(options.formPublishHooks ? { formPublishHooks: options.formPublishHooks } : {}) });
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
    logger.info(`Formwork is running at ${url}/ (designer: ${url}/designer/)`);
    const tidy = async (): Promise<void> => {
      try {
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
    return {
      url,
      port,
      db,
      formwork,
      close: () =>
        new Promise<void>((resolve, reject) => {
          clearInterval(housekeeping);
          server.close((error) => {
            db.close();
            hold.release();
            if (error) reject(error);
            else resolve();
          });
          server.closeIdleConnections();
        }),
    };
  } catch (error) {
    db.close();
    hold.release();
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

function isFirstStart(db: SqliteDatabase): boolean {
  return db.prepare('SELECT 1 FROM users LIMIT 1').get() === undefined;
}
