/**
 * @formwork/server — express + better-sqlite3. `createApp(deps)` builds the app without
 * listening; `startServer(settings)` is what `formwork serve` runs.
 */
export type { AppDeps } from './AppDeps.js';
export type { ServerContext } from './ServerContext.js';
export { createApp, type FormworkApp } from './createApp.js';
export { startServer, type RunningServer, type StartOptions } from './startServer.js';
export { defaultSettings, resolveSettings, SettingsError, type Settings, type SettingsFlags } from './config.js';
export { consoleLogger, silentLogger, type Logger } from './Logger.js';

export { openDatabase, databasePath, type SqliteDatabase } from './db/openDatabase.js';
export { migrateDatabase, type MigrationReport } from './db/migrateDatabase.js';
export type { Migration } from './db/Migration.js';
export { backupDatabase } from './db/backupDatabase.js';

export type { Stores } from './stores/Stores.js';
export type { User, UserStore, NewUser, UserChanges } from './stores/UserStore.js';
export type { Session, SessionStore } from './stores/SessionStore.js';
export type { Department, DepartmentStore } from './stores/DepartmentStore.js';
export type { App, AppStore } from './stores/AppStore.js';
export type { Form, FormStore, FormVersion } from './stores/FormStore.js';
export { createSqliteStores } from './stores/sqlite/createSqliteStores.js';

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
