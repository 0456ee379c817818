#!/usr/bin/env node
import { migrateToPostgres } from './storage/migrateToPostgres.js';
import { backupDatabase } from './storage/sqlite/backupDatabase.js';
import { databasePath } from './storage/sqlite/openDatabase.js';
import { parseCliArguments, usage } from './cliArguments.js';
import { resolveSettings, SettingsError } from './config.js';
import { startServer, type RunningServer } from './startServer.js';
import { installTemplateFromCli } from './templates/installTemplateFromCli.js';

/** `formwork serve | backup FILE | migrate-to-postgres --from FILE --to URL | install-template NAME [--sample-data] | --help`. Exit codes: 0 ok, 1 failure, 2 bad usage. */
async function main(argv: readonly string[]): Promise<void> {
  const command = parseCliArguments(argv);
  if (command.command === 'help') {
    process.stdout.write(usage);
    return;
  }
  if (command.command === 'backup') {
    const settings = resolveSettings(process.env, command.dataDir !== undefined ? { dataDir: command.dataDir } : {});
    const pages = await backupDatabase(databasePath(settings.dataDir), command.file);
    console.log(`Backed up ${databasePath(settings.dataDir)} to ${command.file} (${pages} pages)`);
    return;
  }
  if (command.command === 'migrate-to-postgres') {
    const to = command.to ?? process.env['FORMWORK_DATABASE_URL'];
    if (to === undefined || to.trim() === '') throw new SettingsError('migrate-to-postgres needs --to postgres://… (or FORMWORK_DATABASE_URL)');
    const report = await migrateToPostgres({ from: command.from, to: to.trim(), progress: (line) => console.log(line) });
    const records = report.tables.find((table) => table.table === 'records')?.rows ?? 0;
    console.log(`Done: ${String(records)} records in ${String(Object.keys(report.recordsByForm).length)} forms copied, every count checked.`);
    return;
  }
  if (command.command === 'install-template') {
    const settings = resolveSettings(process.env, command.dataDir !== undefined ? { dataDir: command.dataDir } : {});
    for (const line of await installTemplateFromCli(settings, command.name, command.sampleData)) console.log(line);
    return;
  }
  // Listening for signals before starting: one that arrives mid-start still ends in a clean close.
  const state: { server?: RunningServer; stopRequested: boolean } = { stopRequested: false };
  const stop = (): void => {
    state.stopRequested = true;
    state.server?.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  state.server = await startServer(resolveSettings(process.env, command.flags));
  if (state.stopRequested) stop();
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof SettingsError) {
    console.error(`formwork: ${error.message}\n\n${usage}`);
    process.exit(2);
  }
  console.error(`formwork: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
