import type { RecordData } from '@formwork/runtime';
import { HttpError, type ErrorDetail } from '../http/HttpError.js';
import type { Stores } from '../storage/Stores.js';
import type { RecordForm } from './RecordForm.js';
import type { RecordWrite, RecordWriteCheck, RecordWriteFault, RecordWriteHook } from './RecordWriteHook.js';

/** The checks of every hook that has something to say about `form`'s records (usually none). */
export function recordWriteChecks(hooks: readonly RecordWriteHook[], form: RecordForm): RecordWriteCheck[] {
  return hooks.flatMap((hook) => hook.checkerFor(form) ?? []);
}

/**
 * Runs `form`'s write hooks over one write, inside its transaction: the values to store (a hook
 * may stamp something on them), or a 422 naming the first fault — its own code and message — and
 * every fault at `/data/<field>`. Nothing is written before, so a refusal leaves nothing behind.
 */
export async function checkRecordWrite(hooks: readonly RecordWriteHook[], tx: Stores, form: RecordForm, write: RecordWrite): Promise<RecordData> {
  let data = write.data;
  for (const check of recordWriteChecks(hooks, form)) {
    const verdict = await check({ ...write, data }, tx);
    if (!verdict.ok) throw recordWriteRefused(verdict.faults);
    data = verdict.data ?? data;
  }
  return data;
}

/** 422 with the first fault's code and message; each fault at `/data/<field>` with its params. */
export function recordWriteRefused(faults: readonly RecordWriteFault[]): HttpError {
  const [first] = faults;
  if (first === undefined) throw new Error('a write hook refused a write without saying why');
  const details: ErrorDetail[] = faults.map((fault) => ({ pointer: `/data/${fault.fieldId}`, code: fault.code, message: fault.message, ...(fault.params ? { params: fault.params } : {}) }));
  return new HttpError(422, first.code, first.message, details);
}
