import type { RowFilter } from '../permissions/resolveRowFilter.js';
import type { StoredRecord } from './StoredRecord.js';

/** Whether one record is inside a row scope: the same rule `compileRowFilterSql` applies in SQL. */
export function isInRowScope(record: Pick<StoredRecord, 'ownerId' | 'ownerDepartmentId'>, scope: RowFilter): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'own':
      return record.ownerId === scope.userId;
    case 'department':
      return record.ownerId === scope.userId || (record.ownerDepartmentId !== null && scope.departmentIds.includes(record.ownerDepartmentId));
  }
}
