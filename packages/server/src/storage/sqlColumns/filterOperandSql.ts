import type { QueryField } from '../../query/QueryField.js';
import { queryColumnOf } from './queryColumnOf.js';

/**
 * What a filter compares for a field, over a value table aliased `table`: its column, or for a
 * filter-only system field the expression that computes it. `_flowStatus` is the status of the
 * record's latest own flow (`purpose = 'record'`, change flows apart), found through `records`
 * (the value row's `rid` is the record's `seq`) and `flow_instances_record`; NULL without a flow.
 * The same SQL in SQLite and PostgreSQL.
 *
 * @example
 * filterOperandSql(amount, 'v')     // 'v."v_f_amount"'
 * filterOperandSql(flowStatus, 'v') // '(SELECT fi.status FROM records AS fr JOIN flow_instances AS fi … WHERE fr.seq = v.rid …)'
 */
export function filterOperandSql(field: QueryField, table: string): string {
  if (field.filterOnly !== true) return `${table}.${queryColumnOf(field)}`;
  if (field.id === '_flowStatus') {
    return `(SELECT fi.status FROM records AS fr JOIN flow_instances AS fi ON fi.record_id = fr.id WHERE fr.seq = ${table}.rid AND fi.purpose = 'record' ORDER BY fi.started_at DESC, fi.id DESC LIMIT 1)`;
  }
  throw new Error(`no SQL for the filter-only field ${JSON.stringify(field.id)}`);
}
