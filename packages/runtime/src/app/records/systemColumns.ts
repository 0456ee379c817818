import type { FieldDefinition } from '../../engine/index.js';
import type { RecordView } from '../api/ApiViews.js';
import type { AppMessageKey } from '../i18n/appMessages.js';

/**
 * The record attributes a list can show beside the form's fields, as the server's system fields
 * name them (sorted and filtered by the server like any field). Typed as fields so that cells,
 * sort and filters treat them as such: the submitter is a member, the times are date-times.
 */
export const systemColumns: readonly { readonly id: string; readonly type: 'member' | 'datetime'; readonly label: AppMessageKey }[] = [
  { id: '_createdBy', type: 'member', label: 'creator' },
  { id: '_createdAt', type: 'datetime', label: 'createdAt' },
  { id: '_updatedAt', type: 'datetime', label: 'updatedAt' },
];

/** The system columns as fields, labelled in the user's language. */
export function systemFieldColumns(t: (key: AppMessageKey) => string): FieldDefinition[] {
  return systemColumns.map((column) => ({ id: column.id, type: column.type, label: t(column.label) }) as FieldDefinition);
}

/** The value a column shows for a record. */
export function columnValue(record: RecordView, columnId: string): unknown {
  switch (columnId) {
    case '_createdBy':
      return record.creatorId;
    case '_createdAt':
      return record.createdAt;
    case '_updatedAt':
      return record.updatedAt;
    default:
      return record.data[columnId];
  }
}
