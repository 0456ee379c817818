import type { RecordData } from '@formwork/runtime';
import type { StoredRecord } from '../../../records/StoredRecord.js';
import { readBigint, readNullableBigint } from '../stores/readBigint.js';

/** A `records` row as the record store selects it (`pgRecordColumns`), the creator's name joined in. */
export interface PgRecordRow {
  seq: number | string;
  id: string;
  form_id: string;
  form_version: number;
  data: string;
  version: number;
  creator_id: string | null;
  creator_name: string | null;
  owner_id: string | null;
  owner_department_id: string | null;
  created_at: number | string;
  updated_at: number | string;
  updated_by: string | null;
  deleted_at: number | string | null;
  deleted_by: string | null;
}

/**
 * The select list every record read uses, over `records` aliased `r` and `users` aliased `u`
 * (`LEFT JOIN users u ON u.id = r.creator_id`): the creator's name comes from the join, as in
 * SQLite, so a renamed user shows their new name on old records.
 */
export const pgRecordColumns = `r.seq, r.id, r.form_id, r.form_version, r.data, r.version, r.creator_id, u.name AS creator_name, r.owner_id,
  r.owner_department_id, r.created_at, r.updated_at, r.updated_by, r.deleted_at, r.deleted_by`;

/** A selected row as the port's record: BIGINTs as numbers whatever pool parsed them, the data parsed. */
export function toStoredRecord(row: PgRecordRow): StoredRecord {
  return {
    seq: readBigint(row.seq),
    id: row.id,
    formId: row.form_id,
    formVersion: row.form_version,
    data: JSON.parse(row.data) as RecordData,
    version: row.version,
    creatorId: row.creator_id,
    creatorName: row.creator_name,
    ownerId: row.owner_id,
    ownerDepartmentId: row.owner_department_id,
    createdAt: readBigint(row.created_at),
    updatedAt: readBigint(row.updated_at),
    updatedBy: row.updated_by,
    deletedAt: readNullableBigint(row.deleted_at),
    deletedBy: row.deleted_by,
  };
}
