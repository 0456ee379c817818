import { diffSubformRows, type RecordData, type SubformRowChange } from '@formwork/runtime';
import type { JsonSchema } from '../http/validation/ValueSchema.js';
import type { RecordChange, RecordHistoryEntry } from './RecordChange.js';
import type { StoredRecord } from './StoredRecord.js';

/** A record as the API returns it. Its `version` is the ETag and goes back in `If-Match`. */
export interface RecordView {
  readonly id: string;
  readonly formId: string;
  readonly formVersion: number;
  readonly version: number;
  /** Keyed by field id; values of fields removed from the form stay here. */
  readonly data: RecordData;
  readonly creatorId: string | null;
  readonly creatorName: string | null;
  readonly ownerId: string | null;
  readonly ownerDepartmentId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
  readonly deletedAt: string | null;
  readonly deletedBy: string | null;
}

export function toRecordView(record: StoredRecord): RecordView {
  return {
    id: record.id,
    formId: record.formId,
    formVersion: record.formVersion,
    version: record.version,
    data: record.data,
    creatorId: record.creatorId,
    creatorName: record.creatorName,
    ownerId: record.ownerId,
    ownerDepartmentId: record.ownerDepartmentId,
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
    updatedBy: record.updatedBy,
    deletedAt: record.deletedAt === null ? null : iso(record.deletedAt),
    deletedBy: record.deletedBy,
  };
}

/** A history entry as the API returns it. */
export function toHistoryView(entry: RecordHistoryEntry) {
  return {
    version: entry.version,
    action: entry.action,
    actorId: entry.actorId,
    actorName: entry.actorName ?? null,
    at: iso(entry.at),
    // Subform changes also say which rows changed how (matched by row id), worked out as they are
    // read: the stored values already hold it, and entries written before this say it too.
    changes: entry.changes.map(withRowChanges),
    reason: entry.reason ?? null,
    // An applied change flow's entry: the actor proposed the change, this person approved it.
    approvedBy: entry.approvedBy ?? null,
    approverName: entry.approverName ?? null,
  };
}

function withRowChanges(change: RecordChange): RecordChange & { readonly rows?: readonly SubformRowChange[] } {
  if (!Array.isArray(change.from) && !Array.isArray(change.to)) return change;
  const rows = diffSubformRows(change.from, change.to);
  return rows === undefined ? change : { ...change, rows };
}

function iso(time: number): string {
  return new Date(time).toISOString();
}

export const recordViewSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    formId: { type: 'string' },
    formVersion: { type: 'integer' },
    version: { type: 'integer', description: 'Also the ETag; send it back in If-Match' },
    data: { type: 'object', description: 'Values keyed by field id' },
    creatorId: { type: ['string', 'null'] },
    creatorName: { type: ['string', 'null'] },
    ownerId: { type: ['string', 'null'] },
    ownerDepartmentId: { type: ['string', 'null'] },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
    updatedBy: { type: ['string', 'null'] },
    deletedAt: { type: ['string', 'null'], format: 'date-time' },
    deletedBy: { type: ['string', 'null'] },
    canEdit: { type: 'boolean', description: 'Single-record answers only: whether you may change (edit, delete, restore) it' },
  },
};

export const historyViewSchema: JsonSchema = {
  type: 'object',
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          version: { type: 'integer' },
          action: { type: 'string', enum: ['create', 'update', 'delete', 'restore', 'convert'] },
          actorId: { type: ['string', 'null'] },
          actorName: { type: ['string', 'null'] },
          at: { type: 'string', format: 'date-time' },
          changes: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                fieldId: { type: 'string' },
                from: {},
                to: {},
                unconverted: { type: 'boolean' },
                rows: {
                  type: 'array',
                  description: 'Subforms: each row added, removed or changed (matched by _id; row counts from 1), with its columns {columnId, from?, to?}',
                  items: { type: 'object', properties: { rowId: { type: 'string' }, kind: { enum: ['added', 'removed', 'changed'] }, row: { type: 'integer' }, columns: { type: 'array', items: { type: 'object' } } } },
                },
              },
            },
          },
          reason: { type: ['string', 'null'], description: 'Why, as the author of the change gave it' },
          approvedBy: { type: ['string', 'null'], description: 'A change applied by its change flow: who approved it (actorId proposed it); null otherwise' },
          approverName: { type: ['string', 'null'] },
        },
      },
    },
  },
};
