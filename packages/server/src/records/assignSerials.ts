import type { CompiledForm, RecordData } from '@formwork/runtime';
import { formatSerial, serialCounterOf, serialPeriod } from './formatSerial.js';

/** Hands out the next value of a counter (see SerialStore.next). */
export type NextSerial = (fieldId: string, period: string, start: number) => Promise<number>;

/**
 * Gives a new record a value for each top-level serial field, from its counter (same
 * transaction as the insert, so a number is never handed out twice and a rolled-back submit
 * leaves no gap in use). Serials are assigned once, at creation, and kept on every update.
 */
export async function assignSerials(form: Pick<CompiledForm, 'valueFields'>, data: RecordData, next: NextSerial, localDate: string): Promise<Record<string, unknown>> {
  let result: Record<string, unknown> | undefined;
  for (const { field, subform } of form.valueFields) {
    if (field.type !== 'serial' || subform) continue;
    result ??= { ...data };
    const { start, reset } = serialCounterOf(field.parts);
    const counter = await next(field.id, serialPeriod(reset, localDate), start);
    result[field.id] = formatSerial(field.parts, counter, localDate, result);
  }
  return result ?? { ...data };
}
