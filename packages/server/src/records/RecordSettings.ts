/** The settings of records, files, imports and exports (part of `Settings`). */
export interface RecordSettings {
  /**
   * IANA time zone for date buckets, "today", serial-number dates and dates given to time
   * filters. Default Asia/Shanghai; environment `FORMWORK_TIME_ZONE`.
   */
  readonly timeZone: string;
  /** Largest file `POST /api/files` accepts (a field's `maxSizeMB` may lower it). */
  readonly uploadMaxBytes: number;
  /** Largest CSV/XLSX file an import accepts. */
  readonly importMaxBytes: number;
  /** Most data rows one import takes. */
  readonly importMaxRows: number;
  /**
   * CSV files from this size on are checked in a worker thread while the request writes (see
   * `startImportWorker`); smaller ones in the request, where starting a thread would cost more
   * than it saves. XLSX files always go to a worker, whatever their size: a small ZIP may unpack
   * to a lot.
   */
  readonly importWorkerMinBytes: number;
  /**
   * An XLSX file is a ZIP: before a workbook reader sees it, `checkXlsxZip` refuses it (413
   * `xlsx_too_large`) when it has more entries than this, unpacks to more bytes than
   * `importXlsxMaxUnpackedBytes` (declared, and counted while inflating: declared sizes can lie),
   * or has an entry (from 1 MiB unpacked) compressed more than `importXlsxMaxCompressionRatio`
   * times. A workbook holds about ten entries; the unpacked bytes are what reading costs (the
   * in-memory reader needs about 10 bytes of heap per unpacked byte: 64 MiB is ~75,000 rows of
   * 20 columns — larger imports go as CSV, streamed); ordinary sheets compress 5–20 times,
   * zip bombs about 1,000.
   */
  readonly importXlsxMaxEntries: number;
  readonly importXlsxMaxUnpackedBytes: number;
  readonly importXlsxMaxCompressionRatio: number;
  /**
   * Heap of one import's worker thread, in MiB (`resourceLimits.maxOldGenerationSizeMb`): a file
   * that needs more stops that worker alone, and the import answers 413 `import_too_large` with
   * nothing written.
   */
  readonly importWorkerMaxMemoryMb: number;
  /**
   * How long a submit's Idempotency-Key is remembered (its answer replayed); after that the same
   * key makes a new record. Default 7 days: far longer than any client retries.
   */
  readonly idempotencyKeyTtlMs: number;
  /**
   * How long an upload no record has referenced is kept (a form being filled in holds its uploads
   * until it is submitted). Default 7 days. Files a record has referenced are kept for good.
   */
  readonly unattachedUploadTtlMs: number;
  /**
   * How long a file in `files/incoming/` may go unwritten before housekeeping removes it. An
   * upload removes its own temp file when it fails or its client goes away; what stays is left by
   * a process that died mid-upload. Default 1 hour: an upload still arriving writes far more often.
   */
  readonly incomingUploadTtlMs: number;
}

export const defaultRecordSettings: RecordSettings = {
  timeZone: 'Asia/Shanghai',
  uploadMaxBytes: 20 * 1024 * 1024,
  importMaxBytes: 64 * 1024 * 1024,
  importMaxRows: 200_000,
  importWorkerMinBytes: 256 * 1024,
  importXlsxMaxEntries: 1000,
  importXlsxMaxUnpackedBytes: 64 * 1024 * 1024,
  importXlsxMaxCompressionRatio: 200,
  importWorkerMaxMemoryMb: 1024,
  idempotencyKeyTtlMs: 7 * 24 * 60 * 60 * 1000,
  unattachedUploadTtlMs: 7 * 24 * 60 * 60 * 1000,
  incomingUploadTtlMs: 60 * 60 * 1000,
};

/** Whether the runtime knows an IANA zone name. */
export function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
