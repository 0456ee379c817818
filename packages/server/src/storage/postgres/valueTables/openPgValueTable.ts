import type { ValueColumn } from '../../../records/ValueColumn.js';
import { ensurePgValueTable, type PgIndexWishes } from './ensurePgValueTable.js';
import type { PgQueryable } from '../PgQueryable.js';
import type { PgValueTableFacts } from './pgValueTableFacts.js';

/**
 * A form's value table, ready to read or write: numbered in `value_tables` on first use
 * (`form_values_<n>`, built from an integer, so safe in SQL text), then brought up to date by
 * `ensurePgValueTable`. Returns the table's name. With `facts`, a form whose table this process
 * knows costs no query.
 *
 * The number is taken behind an advisory lock, in one simple query, so two servers opening two
 * new forms at once never take the same number (a plain `max + 1` would, and fail the unique key).
 *
 * @example
 * const table = await openPgValueTable(client, 'frm_visits', columns, { wanted: pgColumnsToIndex(filter, sort, scope) })
 */
export async function openPgValueTable(db: PgQueryable, formId: string, columns: readonly ValueColumn[], wishes: PgIndexWishes = {}, facts?: PgValueTableFacts): Promise<string> {
  let number = facts?.tableNumber(formId);
  if (number === undefined) {
    const found = await db.query('SELECT table_no FROM value_tables WHERE form_id = $1', [formId]);
    number = (found.rows[0] as { table_no: number } | undefined)?.table_no;
  }
  if (number === undefined) {
    // Form ids are generated identifiers; anything else never reaches this literal.
    if (!/^[A-Za-z0-9_-]{1,80}$/.test(formId)) throw new Error(`not a form id: ${JSON.stringify(formId)}`);
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('formwork.value_tables'));
      INSERT INTO value_tables (form_id, table_no) SELECT '${formId}', coalesce(max(table_no), 0) + 1 FROM value_tables ON CONFLICT (form_id) DO NOTHING`);
    const taken = await db.query('SELECT table_no FROM value_tables WHERE form_id = $1', [formId]);
    number = (taken.rows[0] as { table_no: number } | undefined)?.table_no;
  }
  if (number === undefined || !Number.isSafeInteger(Number(number))) throw new Error(`no value table number for ${formId}`);
  facts?.learnTableNumber(formId, Number(number));
  const name = `form_values_${String(Number(number))}`;
  await ensurePgValueTable(db, name, columns, wishes, facts);
  return name;
}
