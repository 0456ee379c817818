import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { startModuleWorker } from '../threads/startModuleWorker.js';
import { exportMore, type ExportWorkerInput, type ExportWorkerMessage } from './exportWorkerProtocol.js';
import { deserializeError } from './importWorkerProtocol.js';

/** An export streams: its heap holds a chunk of rows at a time, whatever the size of the form. */
const exportHeapMb = 256;

/**
 * Runs an export in a worker thread (`exportWorker.ts`) and copies what it makes to `out`,
 * taking the next chunk only when `out` has room. Resolves when the file is complete; rejects
 * with the worker's error (an HttpError keeps its status) — by then `out` may have part of the
 * file, so the caller ends the response. Stops the worker when `out` closes early (the client
 * went away).
 */
export async function startExportWorker(input: Omit<ExportWorkerInput, 'port'>, out: Writable): Promise<void> {
  const { port1, port2 } = new MessageChannel();
  const worker = startModuleWorker(import.meta.url, 'exportWorker', {
    workerData: { ...input, port: port2 } satisfies ExportWorkerInput,
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: exportHeapMb },
  });
  let settled = false;
  const abandoned = (): void => {
    if (!settled) void worker.terminate();
  };
  out.once('close', abandoned);
  try {
    await new Promise<void>((resolve, reject) => {
      const handle = (message: ExportWorkerMessage): void => {
        if (message.kind === 'end') out.end(() => resolve());
        else if (message.kind === 'failed') reject(deserializeError(message.error));
        else if (out.write(message.bytes)) port1.postMessage(exportMore);
        else once(out, 'drain').then(() => port1.postMessage(exportMore), reject);
      };
      port1.on('message', handle);
      worker.once('error', reject);
      worker.once('exit', (code) => {
        // Its last messages may still be queued behind the exit: take them first.
        for (let queued = receiveMessageOnPort(port1); queued; queued = receiveMessageOnPort(port1)) handle(queued.message as ExportWorkerMessage);
        reject(new Error(`export worker exited with code ${String(code)} before it finished`));
      });
    });
  } finally {
    settled = true;
    out.off('close', abandoned);
    port1.close();
    await worker.terminate();
  }
}
