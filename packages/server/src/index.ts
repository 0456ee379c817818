/**
 * @formwork/server — express over storage ports (SQLite embedded, or PostgreSQL). `createApp(deps)`
 * builds the app without listening; `startServer(settings)` is what `formwork serve` runs.
 */
export type { AppDeps } from './AppDeps.js';
export type { ServerContext } from './ServerContext.js';
export { createApp, type FormworkApp } from './createApp.js';
export { startServer, type RunningServer, type StartOptions } from './startServer.js';
export { defaultSettings, resolveSettings, SettingsError, type Settings, type SettingsFlags } from './config.js';
export { consoleLogger, silentLogger, type Logger } from './Logger.js';

export { openDatabase, databasePath, type SqliteDatabase } from './storage/sqlite/openDatabase.js';
export { migrateDatabase, type MigrationReport } from './storage/sqlite/migrateDatabase.js';
export type { Migration } from './storage/sqlite/Migration.js';
export { backupDatabase } from './storage/sqlite/backupDatabase.js';

export type { Stores } from './storage/Stores.js';
export type { Storage } from './storage/Storage.js';
export type { StorageAddress } from './storage/StorageAddress.js';
export type { BlobStore } from './storage/BlobStore.js';
export { openStorage, type StorageSettings } from './storage/openStorage.js';
export { sqliteStorageOf } from './storage/sqlite/openSqliteStorage.js';
export { createFolderBlobStore } from './storage/folder/createFolderBlobStore.js';
export type { User, UserStore, NewUser, UserChanges } from './storage/UserStore.js';
export type { Session, SessionStore } from './storage/SessionStore.js';
export type { Department, DepartmentStore } from './storage/DepartmentStore.js';
export type { App, AppStore } from './storage/AppStore.js';
export type { Form, FormStore, FormVersion } from './storage/FormStore.js';
export { createSqliteStores } from './storage/sqlite/createSqliteStores.js';

export { HttpError, type ErrorDetail, type ErrorDetails } from './http/HttpError.js';
export { ApiRouter, type Access, type RouteDoc, type RouteSpec, type RouteCall } from './http/ApiRouter.js';
export { v } from './http/validation/v.js';
export type { ValueSchema, ValidationIssue, JsonSchema } from './http/validation/ValueSchema.js';

export type { FormPublishHook, FormPublishedEvent } from './forms/FormPublishHook.js';
export { diffFormSchemas, type FormChanges } from './forms/diffFormSchemas.js';
export { collectFieldHistory, type FieldHistoryEntry } from './forms/collectFieldHistory.js';
export { canSubmitForm, canReadForm, rowScopeOf } from './permissions/formAccess.js';
export { resolveRowFilter, type RowFilter } from './permissions/resolveRowFilter.js';
export { viewerOf, type Viewer } from './permissions/Viewer.js';
