import type { Locale } from '@formwork/runtime';
import type { Writable } from 'node:stream';
import { readFilterParam } from '../query/readFilterParam.js';
import { timeZoneAt } from '../query/TimeZone.js';
import { openRecordForm } from '../records/openRecordForm.js';
import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';
import { exportColumns } from './exportColumns.js';
import { exportLines } from './exportLines.js';
import { createOrgDirectory } from '../cells/OrgDirectory.js';
import { writeCsvExport, writeXlsxExport } from './writeExport.js';

/** What an export is: whose, which form, which rows, which file. */
export interface RecordsExport {
  readonly formId: string;
  readonly locale: Locale;
  /** The moment of the request: the time zone's offset and the file's date are read at it. */
  readonly now: number;
  readonly timeZone: string;
  /** The list's filter as the client sent it (JSON text), already checked by the request. */
  readonly filter: string | undefined;
  readonly format: 'csv' | 'xlsx';
}

/**
 * Writes the records `user` may see of a form, filtered, as CSV or XLSX, to `out`. The same code
 * runs in the export worker (its own read-only connection) and — for an in-memory database — in
 * the request.
 */
export async function writeRecordsExport(stores: Stores, user: User, request: RecordsExport, out: Writable): Promise<void> {
  const opened = await openRecordForm(stores, user, request.formId, 'read');
  const zone = timeZoneAt(request.timeZone, request.now);
  const filter = readFilterParam(request.filter, opened.fields.queryFields, zone);
  // A hidden field is no column at all (its subform's columns neither): not even its header is the caller's to read.
  const hidden = opened.fields.hidden;
  const history = hidden.size === 0 ? opened.form.history : opened.form.history.filter((entry) => !hidden.has(entry.subformId ?? entry.field.id));
  const columns = exportColumns(history, request.locale, zone);
  const directory = await createOrgDirectory(stores);
  const records = stores.records.iterate({ formId: opened.form.formId, columns: opened.form.columns, scope: opened.scope, filter, state: 'live' });
  const rows = (async function* () {
    for await (const record of records) yield* exportLines(columns, record, directory, zone);
  })();
  const headers = columns.map((column) => column.header);
  if (request.format === 'csv') await writeCsvExport(out, headers, rows);
  else await writeXlsxExport(out, opened.form.version.schema.title, headers, rows);
}
