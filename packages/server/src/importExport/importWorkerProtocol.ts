import type { StorageAddress } from '../storage/StorageAddress.js';
import type { MessagePort } from 'node:worker_threads';
import type { Locale, LocalizedText } from '@formwork/runtime';
import { HttpError, type ErrorDetails } from '../http/HttpError.js';
import type { XlsxZipLimits } from './checkXlsxZip.js';
import type { ImportCheckMessage } from './checkImportSheet.js';

/** What an import worker is started with (`workerData`). */
export interface ImportWorkerInput {
  /** Where the worker opens read-only stores of its own. */
  readonly storage: StorageAddress;
  readonly formId: string;
  /** The published version the request opened; the worker checks against that one only. */
  readonly formVersion: number;
  readonly userId: string;
  readonly locale: Locale;
  readonly now: number;
  readonly timeZone: string;
  readonly maxRows: number;
  /** Bounds an XLSX file must keep before it is read (see `checkXlsxZip`). */
  readonly xlsx: XlsxZipLimits;
  readonly chunkRows: number;
  /** Keep each record's sheet lines in the chunks (for the error report of `skip-invalid`). */
  readonly keepLines: boolean;
  /**
   * Where the worker posts `ImportWorkerMessage`s, and first receives the uploaded file (an
   * `ImportWorkerFile`): the worker starts while the upload is still coming in.
   */
  readonly port: MessagePort;
  /** Int32 counter the worker bumps and notifies after each message (see `startImportWorker`). */
  readonly signal: SharedArrayBuffer;
}

/** The uploaded file, sent to the worker once it has fully arrived (transferred, not copied). */
export interface ImportWorkerFile {
  readonly bytes: ArrayBuffer;
}

/** What an import worker posts: the check's messages, then `end` — or `failed`. */
export type ImportWorkerMessage = ImportCheckMessage | { readonly kind: 'end' } | { readonly kind: 'failed'; readonly error: SerializedError };

/** An error as it crosses threads: an HttpError keeps its status, code, texts and details. */
export type SerializedError =
  | { readonly http: true; readonly status: number; readonly code: string; readonly text: LocalizedText; readonly details: ErrorDetails | undefined; readonly headers: Readonly<Record<string, string>> }
  | { readonly http: false; readonly message: string };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof HttpError) return { http: true, status: error.status, code: error.code, text: error.text, details: error.details, headers: error.headers };
  return { http: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

export function deserializeError(error: SerializedError): Error {
  if (error.http) return new HttpError(error.status, error.code, error.text, error.details, error.headers);
  return new Error(`import worker failed: ${error.message}`);
}
