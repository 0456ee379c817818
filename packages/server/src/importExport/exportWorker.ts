import { once } from 'node:events';
import { Writable } from 'node:stream';
import { workerData } from 'node:worker_threads';
import { openReadOnlyStores, type ReadOnlyStores } from '../storage/openReadOnlyStores.js';
import type { ExportWorkerInput, ExportWorkerMessage } from './exportWorkerProtocol.js';
import { serializeError } from './importWorkerProtocol.js';
import { writeRecordsExport } from './writeRecordsExport.js';

/**
 * An export, in a worker thread (started by `startExportWorker`): reads the records on its own
 * read-only connection and formats the file, posting it chunk by chunk. Reading and formatting a
 * large export is the heaviest thing the server does; here it leaves the request thread free for
 * everyone else's submits and lists.
 */
const input = workerData as ExportWorkerInput;
const post = (message: ExportWorkerMessage, transfer: ArrayBuffer[] = []): void => input.port.postMessage(message, transfer);

const toRequest = new Writable({
  write(chunk: Buffer | string, encoding, done) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    const copy = new Uint8Array(bytes);
    post({ kind: 'chunk', bytes: copy }, [copy.buffer]);
    once(input.port, 'message').then(() => done(), done);
  },
});

let opened: ReadOnlyStores | undefined;
try {
  opened = await openReadOnlyStores(input.storage);
  const { stores } = opened;
  const user = await stores.users.findById(input.userId);
  if (!user) throw new Error('the exporting user is gone');
  await writeRecordsExport(stores, user, input, toRequest);
  post({ kind: 'end' });
} catch (error) {
  post({ kind: 'failed', error: serializeError(error) });
} finally {
  await opened?.close();
  input.port.close();
}
