import type { Locale } from '@formwork/runtime';
import type { OpenedForm } from '../records/openRecordForm.js';
import { recordWriteChecks } from '../records/checkRecordWrite.js';
import { createLinkResolver } from '../records/createLinkResolver.js';
import { timeZoneAt } from '../query/TimeZone.js';
import type { ServerContext } from '../ServerContext.js';
import type { ImportCheckMessage, ImportCheckSetup, ImportChunk } from './checkImportSheet.js';
import { checkInRequest } from './checkInRequest.js';
import { createImportWriter } from './createImportWriter.js';
import { importInvalid, maxListedImportErrors, type ImportRowError } from './importErrors.js';
import type { ImportFeed } from './ImportFeed.js';
import { newRecordIds } from './newRecordIds.js';
import { importErrorReport, type ImportErrorReport } from './importErrorReport.js';
import type { SheetRow } from './SheetRow.js';
import { randomRowId } from '../records/randomRowId.js';
import { createOrgDirectory } from '../cells/OrgDirectory.js';
import { isZip } from './readSheet.js';
import { startImportWorker, type ImportWorker } from './startImportWorker.js';
import type { XlsxZipLimits } from './checkXlsxZip.js';

/** All or nothing (the default), or write the good records and skip the bad ones. */
export type ImportMode = 'all-or-nothing' | 'skip-invalid';

/** What an import did (or, on a dry run, would do). */
export interface ImportOutcome {
  /** Data rows read (blank rows skipped). */
  readonly rows: number;
  readonly imported: number;
  readonly dryRun: boolean;
  /** Headers that matched no importable field and were left out. */
  readonly ignoredColumns: readonly string[];
}

/** What a `skip-invalid` import did: also the records it skipped, why, and a report to fix them in. */
export interface SkippingImportOutcome extends ImportOutcome {
  /** Records not written (each with at least one error). */
  readonly skipped: number;
  readonly errorCount: number;
  /** Up to 10,000, as `import_invalid` lists them. */
  readonly errors: readonly ImportRowError[];
  /** The skipped records' lines with an error column; null when nothing was skipped. */
  readonly errorReport: ImportErrorReport | null;
}

/** Rows per chunk: checked, handed over and written together. */
const chunkRows = 1000;

/** Thrown inside the write transaction to roll it back at the first problem. */
const abandon = Symbol('abandon the import');

/** An import under way: started when the request is let in, run once the file has arrived. */
export interface PendingImport {
  run(bytes: Buffer, dryRun: boolean): Promise<ImportOutcome | SkippingImportOutcome>;
  /** Frees what the import holds (its worker); call it whatever happened. */
  close(): Promise<void>;
}

/**
 * Imports a CSV or XLSX file into a form, all or nothing — or, with `skip-invalid`, the good
 * records while the bad ones are skipped and reported (a problem in the header row still stops
 * everything: a column that cannot be placed would make every record wrong). The rows are checked
 * (`checkImportSheet`: header matching, conversion, the gate of a submit, unique values within
 * the file) chunk by chunk, in a worker thread (`startImportWorker`, its heap capped) — or in the
 * request for small CSV files, whose cost is bounded by their size, and when the database lives
 * in memory — then:
 *
 * - with a worker, the request writes each chunk while the worker checks the next, in one
 *   transaction it rolls back at the first problem;
 * - otherwise, the chunks are collected and written in one transaction once all are good.
 *
 * The write checks unique values against stored records and numbers the serials. If any row is
 * bad, nothing is written, every problem (up to 10,000) comes back with its row number, column
 * and reason, and the checking goes on to the last row so that they are all listed.
 *
 * `expectedBytes` (the request's Content-Length) lets a worker start — open the database,
 * compile the form — while the file is still being uploaded.
 *
 * @example
 * const pending = beginImport(context, opened, 'zh-CN', Number(req.get('content-length')));
 * try {
 *   return await pending.run(await receiveBytes(req), false);
 * } finally {
 *   await pending.close();
 * }
 */
export function beginImport(context: ServerContext, opened: OpenedForm, locale: Locale, expectedBytes: number | undefined, mode: ImportMode = 'all-or-nothing'): PendingImport {
  // One moment for the whole import: what the checks evaluate against and what the records say.
  const request: ImportRequest = { context, opened, locale, now: context.now(), skipInvalid: mode === 'skip-invalid' };
  const minBytes = context.settings.records.importWorkerMinBytes;
  let feed: ImportFeed | undefined;
  let worker = (expectedBytes ?? 0) >= minBytes ? startWorkerFor(request) : undefined;
  return {
    async run(bytes, dryRun) {
      // An XLSX of any size: a few kilobytes may unpack to a lot, and reading it is synchronous work.
      worker ??= bytes.length >= minBytes || isZip(bytes) ? startWorkerFor(request) : undefined;
      worker?.send(bytes);
      feed = worker ?? checkInRequest(await checkSetup(request), bytes, xlsxLimits(context));
      const started = performance.now();
      const outcome = await runImport(request, feed, dryRun);
      if (!dryRun) {
        const where = worker ? 'in a worker thread' : 'in the request';
        context.logger.info(`import: ${String(outcome.imported)} records into form ${opened.form.formId} by ${opened.viewer.user.username} in ${String(Math.round(performance.now() - started))} ms (checked ${where})`);
      }
      return outcome;
    },
    async close() {
      await (feed ?? worker)?.close();
    },
  };
}

/** Who imports into which form, in which language, and when. */
interface ImportRequest {
  readonly context: ServerContext;
  readonly opened: OpenedForm;
  readonly locale: Locale;
  readonly now: number;
  readonly skipInvalid: boolean;
}

/** A worker for this import, or undefined when the database lives in memory (tests), out of its reach. */
function startWorkerFor({ context, opened, locale, now, skipInvalid }: ImportRequest): ImportWorker | undefined {
  const { form, viewer } = opened;
  // Linked records are found by id and matched to the importer's row scope in memory
  // (`createLinkResolver`): reads only, which the worker's read-only connection can make.
  if (context.storageAddress === null) return undefined;
  const limits = context.settings.records;
  return startImportWorker({
    storage: context.storageAddress,
    formId: form.formId,
    formVersion: form.version.version,
    userId: viewer.user.id,
    locale,
    now,
    timeZone: limits.timeZone,
    maxRows: limits.importMaxRows,
    xlsx: xlsxLimits(context),
    chunkRows,
    keepLines: skipInvalid,
    maxMemoryMb: limits.importWorkerMaxMemoryMb,
  });
}

function xlsxLimits({ settings: { records } }: ServerContext): XlsxZipLimits {
  return { maxEntries: records.importXlsxMaxEntries, maxUnpackedBytes: records.importXlsxMaxUnpackedBytes, maxCompressionRatio: records.importXlsxMaxCompressionRatio };
}

async function checkSetup({ context, opened, locale, now, skipInvalid }: ImportRequest): Promise<ImportCheckSetup> {
  const { stores, settings } = context;
  const { form, viewer } = opened;
  return {
    save: { stores, form, viewer, locale, now, timeZone: settings.records.timeZone, findLinked: createLinkResolver(stores, viewer) },
    directory: await createOrgDirectory(stores),
    zone: timeZoneAt(settings.records.timeZone, now),
    maxRows: settings.records.importMaxRows,
    chunkRows,
    keepLines: skipInvalid,
    newRowId: () => randomRowId(context.randomBytes),
  };
}

async function runImport({ context, opened, locale, now, skipInvalid }: ImportRequest, feed: ImportFeed, dryRun: boolean): Promise<ImportOutcome | SkippingImportOutcome> {
  const { stores, settings } = context;
  const errors: ImportRowError[] = [];
  let errorCount = 0;
  // Rows the write refused (a unique value already stored), for the report of a skipping import.
  const refusedRows = new Set<number>();
  let writing = false;
  const report = (error: ImportRowError): void => {
    errorCount++;
    if (errors.length < maxListedImportErrors) errors.push(error);
    if (writing) refusedRows.add(error.row);
  };
  const start = await feed.next();
  if (start?.kind !== 'start') throw new Error('an import check must start with its header');
  for (const error of start.errors) report(error);
  // A header problem makes every record doubtful: then it is all or nothing, whatever was asked.
  const skipping = skipInvalid && errorCount === 0;
  let rows = 0;
  let records = 0;
  let accepted = 0;
  const reportLines: SheetRow[] = [];
  const outcome = (imported: number): ImportOutcome | SkippingImportOutcome => {
    const base: ImportOutcome = { rows, imported, dryRun, ignoredColumns: start.ignoredColumns };
    if (!skipping) return base;
    const skipped = records - accepted;
    return { ...base, skipped, errorCount, errors, errorReport: skipped === 0 ? null : importErrorReport(start.header, reportLines, errors, locale) };
  };
  const writer = createImportWriter({
    opened,
    locale,
    now,
    zone: timeZoneAt(settings.records.timeZone, now),
    ids: dryRun ? [] : newRecordIds(context.randomBytes, start.rowBound),
    columnOf: new Map(start.columns.map((column) => [column.fieldId, column.header])),
    report,
    failed: () => !skipping && errorCount > 0,
    checks: recordWriteChecks(context.recordWriteHooks, opened.form),
  });
  const chunkOf = (message: ImportCheckMessage | undefined): ImportChunk | undefined => {
    if (message?.kind === 'start') throw new Error('an import check started twice');
    return message;
  };
  const take = (chunk: ImportChunk): void => {
    rows += chunk.rows;
    records += chunk.records;
    for (const error of chunk.errors) report(error);
    if (skipping && chunk.rejected) reportLines.push(...chunk.rejected);
  };
  /** Runs a write or a check against stored records, counting the records it accepts. */
  const settle = async (chunk: ImportChunk, action: (chunk: ImportChunk) => Promise<number | void>): Promise<number> => {
    refusedRows.clear();
    writing = true;
    let written: number | void;
    try {
      written = await action(chunk);
    } finally {
      writing = false;
    }
    const refused = chunk.rowNumbers.filter((row) => refusedRows.has(row)).length;
    accepted += chunk.rowNumbers.length - refused;
    if (skipping && refused > 0) chunk.rowNumbers.forEach((row, position) => refusedRows.has(row) && reportLines.push(...(chunk.sources?.[position] ?? [])));
    return written ?? 0;
  };

  // Checked elsewhere: write each chunk as it comes, in one transaction, until the first problem
  // (a skipping import goes on past problems). The wait for the next chunk blocks the thread
  // (`nextBlocking`) rather than awaiting it: a transaction awaits nothing but its `tx`.
  let abandoned = false;
  const { nextBlocking } = feed;
  if (nextBlocking && !dryRun && errorCount === 0) {
    let imported = 0;
    try {
      await stores.transaction(async (tx) => {
        for (let chunk = chunkOf(nextBlocking()); chunk; chunk = chunkOf(nextBlocking())) {
          take(chunk);
          imported += await settle(chunk, (taken) => writer.write(tx, taken));
          if (!skipping && errorCount > 0) throw abandon;
        }
      });
      return outcome(imported);
    } catch (error) {
      if (error !== abandon) throw error;
      abandoned = true;
    }
  }

  // Checked here, a dry run, or a problem found: read the rest without holding a transaction.
  // Every good row is checked against stored unique values once: by a write, or by checkStored.
  const pending: ImportChunk[] = [];
  for (let chunk = chunkOf(await feed.next()); chunk; chunk = chunkOf(await feed.next())) {
    take(chunk);
    if (abandoned) await writer.checkStored(stores, chunk);
    else pending.push(chunk);
  }
  if ((!skipping && errorCount > 0) || dryRun) {
    for (const chunk of pending) await settle(chunk, (taken) => writer.checkStored(stores, taken));
    if (!skipping && errorCount > 0) throw importInvalid(errors, rows, errorCount);
    return outcome(0);
  }
  let imported = 0;
  await stores.transaction(async (tx) => {
    for (const chunk of pending) imported += await settle(chunk, (taken) => writer.write(tx, taken));
    if (!skipping && errorCount > 0) throw importInvalid(errors, rows, errorCount);
  });
  return outcome(imported);
}
