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
   * Files from this size on are checked in a worker thread while the request writes (see
   * `startImportWorker`); smaller ones in the request, where starting a thread would cost more
   * than it saves.
   */
  readonly importWorkerMinBytes: number;
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
