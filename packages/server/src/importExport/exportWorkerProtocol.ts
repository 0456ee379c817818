import type { StorageAddress } from '../storage/StorageAddress.js';
import type { MessagePort } from 'node:worker_threads';
import type { SerializedError } from './importWorkerProtocol.js';
import type { RecordsExport } from './writeRecordsExport.js';

/** What the export worker is started with. */
export interface ExportWorkerInput extends RecordsExport {
  readonly storage: StorageAddress;
  readonly userId: string;
  readonly port: MessagePort;
}

/**
 * What the worker posts: bytes of the file in order, then `end` — or `failed`. After each chunk
 * it waits for a `more` from the request, which sends it once the socket has taken the chunk:
 * the worker never runs ahead of a slow client by more than one chunk.
 */
export type ExportWorkerMessage = { readonly kind: 'chunk'; readonly bytes: Uint8Array } | { readonly kind: 'end' } | { readonly kind: 'failed'; readonly error: SerializedError };

/** The request's answer to a chunk. */
export const exportMore = 'more';
