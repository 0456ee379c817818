import type { Locale } from '@formwork/runtime';
import type { OpenedForm } from '../records/openRecordForm.js';
import { createLinkResolver } from '../records/createLinkResolver.js';
import { timeZoneAt } from '../query/TimeZone.js';
import type { ServerContext } from '../ServerContext.js';
import type { ImportCheckMessage, ImportCheckSetup, ImportChunk } from './checkImportSheet.js';
import { checkInRequest } from './checkInRequest.js';
import { createImportWriter } from './createImportWriter.js';
import { importInvalid, maxListedImportErrors, type ImportRowError } from './importErrors.js';
import type { ImportFeed } from './ImportFeed.js';
import { newRecordIds } from './newRecordIds.js';
import { createOrgDirectory } from './OrgDirectory.js';
import { isZip } from './readSheet.js';
import { startImportWorker, type ImportWorker } from './startImportWorker.js';
import type { XlsxZipLimits } from './checkXlsxZip.js';

/** What an import did (or, on a dry run, would do). */
export interface ImportOutcome {
  /** Data rows read (blank rows skipped). */
  readonly rows: number;
  readonly imported: number;
  readonly dryRun: boolean;
  /** Headers that matched no importable field and were left out. */
  readonly ignoredColumns: readonly string[];
}

/** Rows per chunk: checked, handed over and written together. */
const chunkRows = 1000;

/** Thrown inside the write transaction to roll it back at the first problem. */
const abandon = Symbol('abandon the import');

/** An import under way: started when the request is let in, run once the file has arrived. */
export interface PendingImport {
  run(bytes: Buffer, dryRun: boolean): Promise<ImportOutcome>;
  /** Frees what the import holds (its worker); call it whatever happened. */
  close(): Promise<void>;
}

/**
 * Imports a CSV or XLSX file into a form, all or nothing. The rows are checked
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
export function beginImport(context: ServerContext, opened: OpenedForm, locale: Locale, expectedBytes: number | undefined): PendingImport {
  // One moment for the whole import: what the checks evaluate against and what the records say.
  const request: ImportRequest = { context, opened, locale, now: context.now() };
  const minBytes = context.settings.records.importWorkerMinBytes;
  let feed: ImportFeed | undefined;
  let worker = (expectedBytes ?? 0) >= minBytes ? startWorkerFor(request) : undefined;
  return {
    async run(bytes, dryRun) {
      // An XLSX of any size: a few kilobytes may unpack to a lot, and reading it is synchronous work.
      worker ??= bytes.length >= minBytes || isZip(bytes) ? startWorkerFor(request) : undefined;
      worker?.send(bytes);
      feed = worker ?? checkInRequest(checkSetup(request), bytes, xlsxLimits(context));
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
}

/** A worker for this import, or undefined when the database lives in memory (tests), out of its reach. */
function startWorkerFor({ context, opened, locale, now }: ImportRequest): ImportWorker | undefined {
  const { form, viewer } = opened;
  // Linked records are found by id and matched to the importer's row scope in memory
  // (`createLinkResolver`): reads only, which the worker's read-only connection can make.
  if (context.databaseFile === null) return undefined;
  const limits = context.settings.records;
  return startImportWorker({
    databaseFile: context.databaseFile,
    formId: form.formId,
    formVersion: form.version.version,
    userId: viewer.user.id,
    locale,
    now,
    timeZone: limits.timeZone,
    maxRows: limits.importMaxRows,
    xlsx: xlsxLimits(context),
    chunkRows,
    maxMemoryMb: limits.importWorkerMaxMemoryMb,
  });
}

function xlsxLimits({ settings: { records } }: ServerContext): XlsxZipLimits {
  return { maxEntries: records.importXlsxMaxEntries, maxUnpackedBytes: records.importXlsxMaxUnpackedBytes, maxCompressionRatio: records.importXlsxMaxCompressionRatio };
}

function checkSetup({ context, opened, locale, now }: ImportRequest): ImportCheckSetup {
  const { stores, settings } = context;
  const { form, viewer } = opened;
  return {
    save: { stores, form, viewer, locale, now, timeZone: settings.records.timeZone, findLinked: createLinkResolver(stores, viewer) },
    directory: createOrgDirectory(stores),
    zone: timeZoneAt(settings.records.timeZone, now),
    maxRows: settings.records.importMaxRows,
    chunkRows,
  };
}

async function runImport({ context, opened, locale, now }: ImportRequest, feed: ImportFeed, dryRun: boolean): Promise<ImportOutcome> {
  const { stores, settings } = context;
  const errors: ImportRowError[] = [];
  let errorCount = 0;
  const report = (error: ImportRowError): void => {
    errorCount++;
    if (errors.length < maxListedImportErrors) errors.push(error);
  };
  const start = await feed.next();
  if (start?.kind !== 'start') throw new Error('an import check must start with its header');
  for (const error of start.errors) report(error);
  let rows = 0;
  const outcome = (imported: number): ImportOutcome => ({ rows, imported, dryRun, ignoredColumns: start.ignoredColumns });
  const writer = createImportWriter({
    stores,
    opened,
    locale,
    now,
    zone: timeZoneAt(settings.records.timeZone, now),
    ids: dryRun ? [] : newRecordIds(context.randomBytes, start.rowBound),
    columnOf: new Map(start.columns.map((column) => [column.fieldId, column.header])),
    report,
    failed: () => errorCount > 0,
  });
  const chunkOf = (message: ImportCheckMessage | undefined): ImportChunk | undefined => {
    if (message?.kind === 'start') throw new Error('an import check started twice');
    return message;
  };
  const take = (chunk: ImportChunk): void => {
    rows += chunk.rows;
    for (const error of chunk.errors) report(error);
  };

  // Checked elsewhere: write each chunk as it comes, in one transaction, until the first problem.
  let abandoned = false;
  const { nextBlocking } = feed;
  if (nextBlocking && !dryRun && errorCount === 0) {
    let imported = 0;
    try {
      stores.transaction(() => {
        for (let chunk = chunkOf(nextBlocking()); chunk; chunk = chunkOf(nextBlocking())) {
          take(chunk);
          imported += writer.write(chunk);
          if (errorCount > 0) throw abandon;
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
    if (abandoned) writer.checkStored(chunk);
    else pending.push(chunk);
  }
  if (errorCount > 0 || dryRun) {
    for (const chunk of pending) writer.checkStored(chunk);
    if (errorCount > 0) throw importInvalid(errors, rows, errorCount);
    return outcome(0);
  }
  let imported = 0;
  stores.transaction(() => {
    for (const chunk of pending) imported += writer.write(chunk);
    if (errorCount > 0) throw importInvalid(errors, rows, errorCount);
  });
  return outcome(imported);
}
