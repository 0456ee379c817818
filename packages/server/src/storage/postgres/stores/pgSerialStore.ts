import type { PgQueryable } from '../PgQueryable.js';
import type { SerialStore } from '../../SerialStore.js';
import { readBigint } from './readBigint.js';

/**
 * SerialStore over `serial_counters`: one upsert that returns the value it wrote. Concurrent
 * callers serialise on the counter's row (the second waits for the first's transaction, then
 * increments the committed value), so no value is handed out twice; a rolled-back transaction
 * takes its increment with it, so there are no gaps.
 */
export function createPgSerialStore(db: PgQueryable): SerialStore {
  return {
    async next(formId, fieldId, period, start) {
      const { rows } = await db.query<{ value: number | string }>(
        `INSERT INTO serial_counters (form_id, field_id, period, value) VALUES ($1, $2, $3, $4)
         ON CONFLICT (form_id, field_id, period) DO UPDATE SET value = serial_counters.value + 1 RETURNING value`,
        [formId, fieldId, period, start],
      );
      if (!rows[0]) throw new Error('serial counter did not return a value');
      return readBigint(rows[0].value);
    },
  };
}
