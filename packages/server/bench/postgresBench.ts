import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startPostgresCluster } from '../src/storage/postgres/testing/startPostgresCluster.js';
import { runImportBench } from './importBench.js';
import { runPgAggregateBench } from './pgAggregateBench.js';
import { runPgImportBench } from './pgImportBench.js';
import { runSubmitThroughput, type SubmitThroughputResult } from './submitThroughput.js';

/** Sizes of the PostgreSQL bench: each has an environment knob for a quick look. */
export interface PostgresBenchSizes {
  readonly submitClients: number;
  readonly submitSeconds: number;
  readonly importRows: number;
  readonly aggregateRows: number;
}

/**
 * SQLite and PostgreSQL side by side in one run, each figure printed beside a baseline measured
 * in the same run, on a throwaway PostgreSQL cluster (`startPostgresCluster`: no fsync, as the
 * tests run it) that is stopped at the end:
 *
 * 1. submit throughput: N callers posting records through HTTP to one built server process,
 *    SQLite vs PostgreSQL;
 * 2. import through the API on PostgreSQL vs raw `COPY` of the same rows (aim ≥ 1/3), SQLite's
 *    import beside it;
 * 3. sum by month by owner over a million records on PostgreSQL, API vs the same SQL by hand
 *    (aim ≤ 1.5×);
 * 4. the submit load of (1) against two processes on one PostgreSQL database vs one.
 *
 * Prints as it goes, so a long run shows what it has.
 */
export async function runPostgresBench(sizes: PostgresBenchSizes): Promise<void> {
  const cluster = await startPostgresCluster();
  const folders: string[] = [];
  const folder = (name: string): string => {
    const dir = mkdtempSync(join(tmpdir(), `formwork-bench-${name}-`));
    folders.push(dir);
    return dir;
  };
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  const database = async (name: string): Promise<string> => {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(cluster.url);
    url.pathname = `/${name}`;
    return url.toString();
  };
  try {
    const { submitClients: clients, submitSeconds: seconds } = sizes;
    console.log(`\nPostgreSQL bench (PostgreSQL ${(await admin.query<{ v: string }>('SELECT current_setting($$server_version$$) AS v')).rows[0]?.v ?? '?'}, throwaway cluster, fsync off; SQLite as shipped)`);

    console.log(`\n1. Submit: ${clients} callers posting 20-field records back to back for ${seconds} s, one server process`);
    const onSqlite = await runSubmitThroughput({ dataDir: folder('submit-sqlite'), databaseUrl: null }, 1, clients, seconds);
    printSubmit('SQLite', onSqlite);
    const onPostgres = await runSubmitThroughput({ dataDir: folder('submit-pg'), databaseUrl: await database('bench_submit') }, 1, clients, seconds);
    printSubmit('PostgreSQL', onPostgres, onSqlite, 'SQLite');

    console.log(`\n2. Import of ${sizes.importRows.toLocaleString('en-US')} records (20 fields), CSV through POST /api/forms/:id/import`);
    const pgImport = await runPgImportBench(await database('bench_import'), sizes.importRows);
    console.log(`  PostgreSQL API                                   ${perSecond(pgImport.rows, pgImport.apiMs)}  ${Math.round(pgImport.apiMs)} ms`);
    console.log(`  raw COPY, same rows (records + value table)      ${perSecond(pgImport.rows, pgImport.copyMs)}  ${Math.round(pgImport.copyMs)} ms   API/COPY ${(pgImport.copyMs / pgImport.apiMs).toFixed(2)} (aim ≥ 0.33)`);
    const sqliteImport = await runImportBench(sizes.importRows);
    console.log(`  SQLite API                                       ${perSecond(sqliteImport.rows, sqliteImport.apiMs)}  ${Math.round(sqliteImport.apiMs)} ms   PostgreSQL/SQLite ${(sqliteImport.apiMs / pgImport.apiMs).toFixed(2)}`);
    console.log(`  raw better-sqlite3, same rows                    ${perSecond(sqliteImport.rows, sqliteImport.rawMs)}  ${Math.round(sqliteImport.rawMs)} ms   API/raw ${(sqliteImport.rawMs / sqliteImport.apiMs).toFixed(2)}`);

    console.log(`\n3. Aggregate: sum(amount) by owner by month over ${sizes.aggregateRows.toLocaleString('en-US')} records on PostgreSQL, median of 7`);
    const aggregated = await runPgAggregateBench(await database('bench_aggregate'), sizes.aggregateRows);
    console.log(`  generated through the record store's insertMany in ${(aggregated.generatedMs / 1000).toFixed(1)} s (${perSecond(aggregated.rows, aggregated.generatedMs).trim()})`);
    console.log(`  API POST /api/forms/:id/aggregate   ${Math.round(aggregated.apiMs).toString().padStart(6)} ms   (${aggregated.groups} groups)`);
    console.log(`  same SQL by hand (pg)               ${Math.round(aggregated.sqlMs).toString().padStart(6)} ms   API/SQL ${(aggregated.apiMs / aggregated.sqlMs).toFixed(2)}× (aim ≤ 1.5×)`);
    console.log(`  first call (builds the covering index once) ${Math.round(aggregated.firstCallMs)} ms`);

    console.log(`\n4. Two processes on one PostgreSQL database: the submit load of (1), callers split between them`);
    const twoUrl = await database('bench_two');
    const shared = folder('submit-two');
    const two = await runSubmitThroughput({ dataDir: shared, databaseUrl: twoUrl }, 2, clients, seconds);
    printSubmit('2 processes', two, onPostgres, '1 process');
  } finally {
    await admin.end();
    await cluster.stop();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  }
}

const perSecond = (rows: number, ms: number): string => `${Math.round((rows / ms) * 1000).toLocaleString('en-US')} rows/s`.padStart(14);

function printSubmit(label: string, result: SubmitThroughputResult, baseline?: SubmitThroughputResult, baselineLabel?: string): void {
  const ratio = baseline ? `   ${(result.recordsPerSecond / baseline.recordsPerSecond).toFixed(2)}× ${baselineLabel ?? ''}` : '';
  console.log(
    `  ${label.padEnd(12)} ${Math.round(result.recordsPerSecond).toString().padStart(6)} records/s  p50 ${Math.round(result.p50).toString().padStart(4)} ms  p95 ${Math.round(result.p95).toString().padStart(4)} ms  (${result.records} records, ${result.failures} failed)${ratio}`,
  );
}
