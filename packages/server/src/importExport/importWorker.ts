import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { workerData } from 'node:worker_threads';
import { createLinkResolver } from '../records/createLinkResolver.js';
import { randomRowId } from '../records/randomRowId.js';
import { loadRecordForm } from '../records/loadRecordForm.js';
import { viewerOf } from '../permissions/Viewer.js';
import { timeZoneAt } from '../query/TimeZone.js';
import { openReadOnlyStores, type ReadOnlyStores } from '../storage/openReadOnlyStores.js';
import { checkImportSheet } from './checkImportSheet.js';
import { formChangedDuringImport } from './importErrors.js';
import { serializeError, type ImportWorkerFile, type ImportWorkerInput, type ImportWorkerMessage } from './importWorkerProtocol.js';
import { createOrgDirectory } from '../cells/OrgDirectory.js';
import { readSheet } from './readSheet.js';

/**
 * An import's checking, in a worker thread (started by `startImportWorker`): opens the database
 * read-only and compiles the form while the upload is still arriving, then reads the sheet it is
 * sent and runs `checkImportSheet`, posting each message as soon as it is ready. It never writes:
 * the request thread does, in its transaction.
 */
const input = workerData as ImportWorkerInput;
const signal = new Int32Array(input.signal);
const post = (message: ImportWorkerMessage): void => {
  input.port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
};

let opened: ReadOnlyStores | undefined;
try {
  opened = await openReadOnlyStores(input.storage);
  const { stores } = opened;
  const form = await loadRecordForm(stores, input.formId);
  const user = await stores.users.findById(input.userId);
  if (form?.version.version !== input.formVersion || !user) throw formChangedDuringImport();
  const viewer = await viewerOf(stores, user);
  const [file] = (await once(input.port, 'message')) as [ImportWorkerFile];
  const sheet = await readSheet(Buffer.from(file.bytes), { maxRows: input.maxRows, xlsx: input.xlsx });
  const save = { stores, form, viewer, locale: input.locale, now: input.now, timeZone: input.timeZone, findLinked: createLinkResolver(stores, viewer) };
  const setup = { save, directory: await createOrgDirectory(stores), zone: timeZoneAt(input.timeZone, input.now), maxRows: input.maxRows, chunkRows: input.chunkRows, keepLines: input.keepLines, newRowId: () => randomRowId(randomBytes) };
  for await (const message of checkImportSheet(setup, sheet)) post(message);
  post({ kind: 'end' });
} catch (error) {
  post({ kind: 'failed', error: serializeError(error) });
} finally {
  await opened?.close();
  input.port.close();
}
