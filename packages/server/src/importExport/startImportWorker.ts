import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { startModuleWorker } from '../threads/startModuleWorker.js';
import type { ImportCheckMessage } from './checkImportSheet.js';
import type { ImportFeed } from './ImportFeed.js';
import { importOutOfMemory } from './importErrors.js';
import { deserializeError, type ImportWorkerFile, type ImportWorkerInput, type ImportWorkerMessage } from './importWorkerProtocol.js';

/** An import worker started ahead of its file: `send` it once the upload is complete. */
export interface ImportWorker extends ImportFeed {
  send(bytes: Buffer): void;
}

/** How long a blocked request waits for a worker that posts nothing before giving up. */
const stallMs = 60_000;

/** What starting an import worker takes: its `workerData`, and the heap it may use. */
export interface ImportWorkerSetup extends Omit<ImportWorkerInput, 'port' | 'signal'> {
  /**
   * The worker's `maxOldGenerationSizeMb`. A file that needs more ends the worker alone (Node
   * stops a worker at its heap limit), and its feed throws 413 `import_too_large`.
   */
  readonly maxMemoryMb: number;
}

/**
 * Checks an import in a worker thread (`importWorker.ts`), so that the request thread can write
 * one chunk while the worker converts and validates the next: on a machine with two cores an
 * import takes about as long as its inserts alone.
 *
 * The worker posts on a MessagePort and bumps a shared counter after each message. The request
 * reads the port with `receiveMessageOnPort`, and when it is empty either waits on the counter
 * with `Atomics.waitAsync` (`next`: the event loop keeps running) or with `Atomics.wait`
 * (`nextBlocking`: inside the write transaction, where nothing else may run anyway). A worker
 * that dies without a word is noticed by its exit (async) or after `stallMs` of silence (blocking);
 * one that ran out of memory is 413 `import_too_large`.
 */
export function startImportWorker({ maxMemoryMb, ...input }: ImportWorkerSetup): ImportWorker {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const workerData: ImportWorkerInput = { ...input, port: port2, signal: signal.buffer as SharedArrayBuffer };
  const worker = startModuleWorker(import.meta.url, 'importWorker', {
    workerData,
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
  });
  let exit: string | undefined;
  let outOfMemory = false;
  let ended = false;
  worker.on('error', (error: Error & { code?: unknown }) => {
    outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
    exit = error.stack ?? error.message;
  });
  worker.on('exit', (code) => {
    exit ??= `exited with code ${String(code)}`;
    // Wake a waiter, who then finds the port empty and the worker gone.
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });

  const take = (): ImportWorkerMessage | undefined => receiveMessageOnPort(port1)?.message as ImportWorkerMessage | undefined;
  const settle = (message: ImportWorkerMessage): ImportCheckMessage | undefined => {
    if (message.kind === 'end') {
      ended = true;
      return undefined;
    }
    if (message.kind === 'failed') {
      ended = true;
      throw deserializeError(message.error);
    }
    return message;
  };
  const gone = (): Error => (outOfMemory ? importOutOfMemory(maxMemoryMb) : new Error(`import worker stopped: ${exit ?? 'no message for a minute'}`));

  return {
    send(bytes) {
      // A copy the worker owns (transferred): the request's buffer may be a slice of a pooled one.
      const file: ImportWorkerFile = { bytes: new Uint8Array(bytes).buffer };
      port1.postMessage(file, [file.bytes]);
    },
    async next() {
      if (ended) return undefined;
      for (;;) {
        const seen = Atomics.load(signal, 0);
        const message = take();
        if (message) return settle(message);
        if (exit !== undefined) throw gone();
        const wait = Atomics.waitAsync(signal, 0, seen, stallMs);
        if ((wait.async ? await wait.value : wait.value) === 'timed-out') throw gone();
      }
    },
    nextBlocking() {
      if (ended) return undefined;
      for (;;) {
        const seen = Atomics.load(signal, 0);
        const message = take();
        if (message) return settle(message);
        if (exit !== undefined || Atomics.wait(signal, 0, seen, stallMs) === 'timed-out') throw gone();
      }
    },
    async close() {
      port1.close();
      await worker.terminate();
    },
  };
}
