import type { RecordData } from '@formwork/runtime';
import type { CellValue } from './projectValue.js';

/** A record as stored: data keyed by field id, plus the system fields. */
export interface StoredRecord {
  /** Submission order within the whole database; cursors and value tables use it. */
  readonly seq: number;
  readonly id: string;
  readonly formId: string;
  /** The published version the data was last validated against. */
  readonly formVersion: number;
  readonly data: RecordData;
  /** 1 on creation, +1 on every change (update, delete, restore, conversion). The ETag. */
  readonly version: number;
  readonly creatorId: string | null;
  readonly creatorName: string | null;
  readonly ownerId: string | null;
  readonly ownerDepartmentId: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly updatedBy: string | null;
  readonly deletedAt: number | null;
  readonly deletedBy: string | null;
}

/** What creating a record writes. */
export interface NewRecord {
  readonly id: string;
  readonly formId: string;
  readonly formVersion: number;
  readonly data: RecordData;
  readonly creatorId: string;
  readonly ownerId: string;
  readonly ownerDepartmentId: string | null;
  readonly createdAt: number;
}

/**
 * New records of one form, created by one user at one moment (an import), already encoded and
 * kept column-wise, so that writing them is nothing but binding parameters: record `i` has the id
 * `ids[i]`, the data `json[i]` (JSON text) and the value-table cells
 * `cells[i × columns.length …]` (`appendValueCells`).
 */
export interface NewRecordBatch {
  readonly formId: string;
  readonly formVersion: number;
  readonly creatorId: string;
  readonly ownerId: string;
  readonly ownerDepartmentId: string | null;
  readonly createdAt: number;
  readonly ids: readonly string[];
  readonly json: readonly string[];
  readonly cells: readonly CellValue[];
}
