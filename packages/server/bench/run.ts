import { availableParallelism, loadavg } from 'node:os';
import { runAggregateBench } from './aggregateBench.js';
import { medianRate, runBaselineBench } from './baselineBench.js';
import { runDashboardBench } from './dashboardBench.js';
import { buildFillPageScripts, fillPageAt274dbde, fillPageScripts } from './fillPageScripts.js';
import { runImportBench } from './importBench.js';
import { runLoadBench } from './loadBench.js';
import { runPostgresBench } from './postgresBench.js';
import { runScoringBench } from './scoringBench.js';
import { runTemplateBench } from './templateBench.js';
import { runWorkflowBench } from './workflowBench.js';

/**
 * The server's benchmarks, each side by side with its baseline in one run:
 *
 * - import of 100k records of a 20-field form through the API vs raw better-sqlite3 inserts of the
 *   same rows in one transaction (aim: at least a third of raw speed — held against the `records`
 *   rows alone, the stricter of the two baselines printed);
 * - an aggregate (sum by month by owner) over 1M records through the API vs the same SQL run by
 *   hand (aim: within 1.5×, under 300 ms).
 *
 * - a load run: 50 reps submitting, 5 managers listing and aggregating, one CSV export loop, for
 *   3 minutes against the built server in its own process (aim: p95 < 300 ms for all but exports,
 *   no 5xx, the server's memory flat).
 *
 * - a six-widget dashboard over 1M records (`POST /api/dashboards/:id/data`): cold (aim < 300 ms,
 *   ≤ 1.3× the best SQL for the same numbers by hand) and cached (aim < 20 ms); and the JavaScript
 *   of the app's fill page, built now, against #14's baseline (274dbde, or `BENCH_FILL_BASELINE`).
 *
 * - SQLite and PostgreSQL side by side (`postgresBench.ts`, on a throwaway cluster): submit
 *   throughput of N callers, import vs raw `COPY` (aim ≥ 1/3), a 1M-record aggregate vs the same SQL
 *   by hand (aim ≤ 1.5×), and two server processes on one database vs one.
 *
 * - with `BENCH_BASELINE=<a checkout of another commit, its server built>`: SQLite submit
 *   throughput of this build against that one, rounds alternating (`BENCH_ONLY=baseline`), e.g. to
 *   show that a refactoring left SQLite as fast as before.
 *
 * `BENCH_IMPORT_ROWS`, `BENCH_AGGREGATE_ROWS` and `BENCH_LOAD_SECONDS` shrink them for a quick look
 * (PostgreSQL: `BENCH_AGG_ROWS`, `BENCH_SUBMIT_CLIENTS`, `BENCH_SUBMIT_SECONDS`);
 * - installing the CRM and performance templates with sample data (`BENCH_TEMPLATE_SCALE`, default 6:
 *   more than 50,000 records), each in its one transaction, through `installTemplate` (aim < 30 s).
 *
 * - approval workflows (#12): 10,000 flows in flight on the built server in its own process; approve
 *   through the API vs a plain record PATCH, interleaved (aim ≤ 2×), the todo inbox of a user with
 *   10,000 open tasks (aim p50/p95 < 50 ms), and the engine's `advanceWorkflow` approvals per second
 *   (`BENCH_WORKFLOW_INSTANCES`, `BENCH_WORKFLOW_ACTIONS` shrink it).
 *
 * - a KPI scoring run (#13): the performance template's six-item scheme for 1,000 reps over 1M
 *   records of the period, `POST /api/scorings/:id/runs` vs the same figures read by hand, one
 *   GROUP BY per form (aim < 1 s, ≤ 1.5×; `BENCH_SCORING_RECORDS` shrinks it).
 *
 * `BENCH_ONLY=import|aggregate|dashboard|load|postgres|templates|workflow|scoring` runs one.
 */
const only = process.env['BENCH_ONLY'];
const runs = (name: string) => only === undefined || only === '' || only === name;
const importRows = Number(process.env['BENCH_IMPORT_ROWS'] ?? 100_000);

const perSecond = (rows: number, ms: number) => `${Math.round((rows / ms) * 1000).toLocaleString('en-US')} rows/s`;

if (runs('import')) {
  const imported = await runImportBench(importRows);
  console.log(`\nImport of ${imported.rows.toLocaleString('en-US')} records (20 fields), CSV through POST /api/forms/:id/import`);
  console.log(`  API (HTTP, parse, convert, engine validation, 1 transaction) ${perSecond(imported.rows, imported.apiMs).padStart(16)}  ${Math.round(imported.apiMs)} ms`);
  console.log(`  raw better-sqlite3, same rows (records + value rows)           ${perSecond(imported.rows, imported.rawMs).padStart(14)}  ${Math.round(imported.rawMs)} ms   API/raw ${(imported.rawMs / imported.apiMs).toFixed(2)}`);
  console.log(`  raw better-sqlite3, records rows only                       ${perSecond(imported.rows, imported.rawRecordsMs).padStart(16)}  ${Math.round(imported.rawRecordsMs)} ms   API/raw ${(imported.rawRecordsMs / imported.apiMs).toFixed(2)}  (aim ≥ 0.33)`);
  console.log(
    `  CPU time (steadier on a shared machine): API ${Math.round(imported.apiCpuMs)} ms, same rows ${Math.round(imported.rawCpuMs)} ms (${(imported.rawCpuMs / imported.apiCpuMs).toFixed(2)}), records only ${Math.round(imported.rawRecordsCpuMs)} ms (${(imported.rawRecordsCpuMs / imported.apiCpuMs).toFixed(2)})`,
  );
}

if (runs('aggregate')) {
  const aggregateRows = Number(process.env['BENCH_AGGREGATE_ROWS'] ?? 1_000_000);
  const aggregated = await runAggregateBench(aggregateRows);
  if (aggregated.generatedMs !== null) console.log(`\n(generated and cached ${aggregateRows.toLocaleString('en-US')} records in ${Math.round(aggregated.generatedMs / 1000)} s)`);
  console.log(`\nAggregate: sum(amount) by owner by month over ${aggregated.rows.toLocaleString('en-US')} records (${aggregated.groups} groups), median of 7`);
  console.log(`  API POST /api/forms/:id/aggregate   ${Math.round(aggregated.apiMs).toString().padStart(6)} ms   (aim < 300 ms)`);
  console.log(`  same SQL by hand (better-sqlite3)   ${Math.round(aggregated.sqlMs).toString().padStart(6)} ms   API/SQL ${(aggregated.apiMs / aggregated.sqlMs).toFixed(2)}× (aim ≤ 1.5×)`);
  console.log(`  first call (builds the covering index once) ${Math.round(aggregated.firstCallMs)} ms`);
  console.log(`  for reference: json_extract over records.data, one run ${Math.round(aggregated.jsonMs)} ms`);
}

if (runs('dashboard')) {
  const dashboardRows = Number(process.env['BENCH_AGGREGATE_ROWS'] ?? 1_000_000);
  const dashboard = await runDashboardBench(dashboardRows);
  console.log(`\nDashboard: six widgets (kpi, bar, line, pie, leaderboard, gauge) over ${dashboard.rows.toLocaleString('en-US')} records, POST /api/dashboards/:id/data, median of 7; load ${loadAverage()}`);
  console.log(`  cold (a write before each call)    ${Math.round(dashboard.coldMs).toString().padStart(6)} ms   (aim < 300 ms)`);
  console.log(`  the same numbers by hand (${dashboard.statements} SQL)  ${Math.round(dashboard.sqlMs).toString().padStart(6)} ms   API/SQL ${(dashboard.coldMs / dashboard.sqlMs).toFixed(2)}× (aim ≤ 1.3×; one after another, the best SQL on one connection)`);
  console.log(`  the same SQL side by side (${dashboard.threads} threads) ${Math.round(dashboard.sqlSideBySideMs).toString().padStart(6)} ms   API/SQL ${(dashboard.coldMs / dashboard.sqlSideBySideMs).toFixed(2)}× (the server's scans run so too: what it gains on the line above is parallelism on ${dashboard.threads} cores)`);
  console.log(`  cached                             ${dashboard.cachedMs.toFixed(1).padStart(6)} ms   (aim < 20 ms)`);
  console.log(`  CPU time (steadier on a shared machine): cold ${Math.round(dashboard.coldCpuMs)} ms, by hand ${Math.round(dashboard.sqlCpuMs)} ms (${(dashboard.coldCpuMs / dashboard.sqlCpuMs).toFixed(2)}×), side by side ${Math.round(dashboard.sqlSideBySideCpuMs)} ms`);
  // After the timings: the build takes both cores for a minute.
  const baselineDist = process.env['BENCH_FILL_BASELINE'];
  const before = baselineDist ? fillPageScripts(baselineDist) : fillPageAt274dbde;
  const now = buildFillPageScripts();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(`  fill page JavaScript (${now.files.join(', ')}): ${kb(now.gzipBytes)} gzip, ${kb(now.rawBytes)} raw; before (${baselineDist ?? '274dbde, recorded'}): ${kb(before.gzipBytes)} gzip, ${kb(before.rawBytes)} raw — ${now.gzipBytes - before.gzipBytes >= 0 ? '+' : ''}${now.gzipBytes - before.gzipBytes} B gzip (aim: unchanged)`);
}

if (runs('load')) {
  const seconds = Number(process.env['BENCH_LOAD_SECONDS'] ?? 180);
  const load = await runLoadBench(seconds);
  console.log(`\nLoad: 50 reps submitting (think 250–750 ms), 5 managers listing and aggregating, 1 CSV export loop; ${seconds} s over ${load.seededRecords.toLocaleString('en-US')} seeded records`);
  console.log('  kind        count     p50     p95     p99     max   5xx/dropped   (ms; aim p95 < 300 but exports)');
  for (const kind of load.kinds) {
    const ms = (value: number) => Math.round(value).toString().padStart(7);
    console.log(`  ${kind.kind.padEnd(10)}${kind.count.toString().padStart(7)} ${ms(kind.p50)} ${ms(kind.p95)} ${ms(kind.p99)} ${ms(kind.max)}   ${kind.failures}`);
  }
  const first = load.rssMiB[0] ?? 0;
  const last = load.rssMiB[load.rssMiB.length - 1] ?? 0;
  console.log(`  server memory (RSS, MiB): start ${first}, end ${last}; every 10 s: ${load.rssMiB.join(' ')}`);
}

if (runs('postgres')) {
  await runPostgresBench({
    submitClients: Number(process.env['BENCH_SUBMIT_CLIENTS'] ?? 32),
    submitSeconds: Number(process.env['BENCH_SUBMIT_SECONDS'] ?? 20),
    importRows,
    aggregateRows: Number(process.env['BENCH_AGG_ROWS'] ?? 1_000_000),
  });
}

const baselineCheckout = process.env['BENCH_BASELINE'];
if (baselineCheckout !== undefined && baselineCheckout !== '' && (runs('baseline') || only === undefined || only === '')) {
  const seconds = Number(process.env['BENCH_BASELINE_SECONDS'] ?? 15);
  const rounds = Number(process.env['BENCH_BASELINE_ROUNDS'] ?? 3);
  // BENCH_BASELINE_CALLERS=1 measures one caller only (more rounds in the same time, where the runs swing most).
  const callers = (process.env['BENCH_BASELINE_CALLERS'] ?? '1,8,32').split(',').map(Number);
  const comparisons = await runBaselineBench(baselineCheckout, callers, seconds, rounds);
  console.log(`\nSQLite submit, this build vs ${baselineCheckout}: 20-field records back to back, ${seconds} s per run, ${rounds} rounds alternating, medians`);
  console.log('  callers   baseline rec/s   this build rec/s   ratio   p95 ms (baseline → this)   server CPU ms/record (baseline → this, ratio)');
  for (const { clients, current, baseline, ratio } of comparisons) {
    const p95 = (results: typeof current) => Math.round(results.map((result) => result.p95).sort((a, b) => a - b)[Math.floor(results.length / 2)] ?? 0);
    const cpu = (results: typeof current) => results.map((result) => result.cpuMsPerRecord ?? Number.NaN).sort((a, b) => a - b)[Math.floor(results.length / 2)] ?? Number.NaN;
    const failures = [...current, ...baseline].reduce((sum, result) => sum + result.failures, 0);
    console.log(
      `  ${String(clients).padStart(7)}   ${Math.round(medianRate(baseline)).toString().padStart(14)}   ${Math.round(medianRate(current)).toString().padStart(16)}   ${ratio.toFixed(2).padStart(5)}   ${`${p95(baseline)} → ${p95(current)}`.padEnd(26)}${cpu(baseline).toFixed(2)} → ${cpu(current).toFixed(2)}, ${(cpu(current) / cpu(baseline)).toFixed(2)}${failures > 0 ? `   (${failures} failed!)` : ''}`,
    );
  }
}

if (runs('templates')) {
  const scale = Number(process.env['BENCH_TEMPLATE_SCALE'] ?? 6);
  const installed = await runTemplateBench(scale);
  console.log(`\nInstalling both templates with sample data (scale ${scale}): ${installed.records.toLocaleString('en-US')} records in ${(installed.totalMs / 1000).toFixed(1)} s (aim ≥ 50,000 in < 30 s)`);
  for (const entry of installed.byTemplate) {
    console.log(`  ${entry.name.padEnd(12)} ${entry.records.toLocaleString('en-US').padStart(8)} records  ${(entry.ms / 1000).toFixed(1)} s (of which ${String(entry.flows)} sample flows ${entry.flowsMs.toFixed(0)} ms, last month's score runs ${entry.scoresMs.toFixed(0)} ms)`);
  }
}

if (runs('workflow')) {
  const instances = Number(process.env['BENCH_WORKFLOW_INSTANCES'] ?? 10_000);
  const actions = Number(process.env['BENCH_WORKFLOW_ACTIONS'] ?? 300);
  const flow = await runWorkflowBench(instances, actions);
  const ms = (value: number) => value.toFixed(1).padStart(7);
  console.log(`\nWorkflow: ${flow.instances.toLocaleString('en-US')} flows in flight (seeded through the API in ${(flow.seedMs / 1000).toFixed(1)} s), one caller, SQLite, built server in its own process`);
  console.log('                                          count     p50     p95   (ms)');
  console.log(`  approve  POST /api/tasks/:id/approve    ${flow.approve.count.toString().padStart(5)} ${ms(flow.approve.p50)} ${ms(flow.approve.p95)}`);
  console.log(`  plain    PATCH /api/records/:id         ${flow.patch.count.toString().padStart(5)} ${ms(flow.patch.p50)} ${ms(flow.patch.p95)}   approve/PATCH p50 ${(flow.approve.p50 / flow.patch.p50).toFixed(2)}× (aim ≤ 2×)`);
  console.log(`  inbox    GET /api/tasks?box=todo        ${flow.inbox.count.toString().padStart(5)} ${ms(flow.inbox.p50)} ${ms(flow.inbox.p95)}   with ${flow.openTasksAtInbox.toLocaleString('en-US')} open tasks (aim < 50 ms)`);
  console.log(`  engine   advanceWorkflow approvals      ${Math.round(flow.engineTransitionsPerSecond).toLocaleString('en-US')} /s (pure, this process)${flow.failures > 0 ? `\n  ${flow.failures} measured requests failed!` : ''}`);
}

if (runs('scoring')) {
  const records = Number(process.env['BENCH_SCORING_RECORDS'] ?? 1_000_000);
  const scoring = await runScoringBench(records);
  if (scoring.generatedMs !== null) console.log(`\n(generated and cached ${records.toLocaleString('en-US')} records in ${Math.round(scoring.generatedMs / 1000)} s)`);
  console.log(`\nScoring run: ${scoring.people.toLocaleString('en-US')} people × ${scoring.items} items over ${scoring.records.toLocaleString('en-US')} records of the period (SQLite), median of 7; load ${loadAverage()}`);
  console.log(`  POST /api/scorings/:id/runs        ${Math.round(scoring.runMs).toString().padStart(6)} ms   (aim < 1,000 ms)`);
  console.log(`  the same figures by hand (4 SQL)   ${Math.round(scoring.sqlMs).toString().padStart(6)} ms   run/SQL ${(scoring.runMs / scoring.sqlMs).toFixed(2)}× (aim ≤ 1.5×)`);
  console.log(`  CPU time (steadier on a shared machine): run ${Math.round(scoring.runCpuMs)} ms, by hand ${Math.round(scoring.sqlCpuMs)} ms, run/SQL ${(scoring.runCpuMs / scoring.sqlCpuMs).toFixed(2)}×`);
  console.log(`  first run (builds the covering indexes once) ${Math.round(scoring.firstRunMs)} ms`);
  console.log(`  stored sheet of a run ${(scoring.storedSheetChars / 1_000_000).toFixed(2)} M characters`);
}

/** The machine's 1-minute load average over its cores: a figure from a busy machine says so. */
function loadAverage(): string {
  return `${(loadavg()[0] ?? 0).toFixed(2)} on ${String(availableParallelism())} cores`;
}
