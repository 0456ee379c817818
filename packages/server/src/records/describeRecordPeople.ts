import type { CompiledForm } from '@formwork/runtime';
import type { JsonSchema } from '../http/validation/ValueSchema.js';
import type { Stores } from '../storage/Stores.js';
import { forEachFieldValue } from './forEachFieldValue.js';
import type { StoredRecord } from './StoredRecord.js';

/** Names of the users and departments a page of records refers to, keyed by id. */
export interface RecordPeopleNames {
  readonly users: Readonly<Record<string, string>>;
  readonly departments: Readonly<Record<string, string>>;
}

const memberTypes = new Set(['member', 'members']);
const departmentTypes = new Set(['department', 'departments']);

/**
 * The names behind the ids on a page of records: member and department fields (subform cells
 * too), the creator, the last editor and the owner. Sent with the list so a table shows names —
 * the caller sees these records, so it may see who they name, while a rep may not list every user
 * (`GET /api/users` leaves disabled users out, and a record may name one). Unknown ids are left
 * out; the client shows the id then.
 */
export async function describeRecordPeople(stores: Pick<Stores, 'users' | 'departments'>, form: Pick<CompiledForm, 'valueFields'>, records: readonly StoredRecord[]): Promise<RecordPeopleNames> {
  const userIds = new Set<string>();
  const departmentIds = new Set<string>();
  const add = (target: Set<string>, value: unknown): void => {
    for (const id of Array.isArray(value) ? value : [value]) if (typeof id === 'string' && id !== '') target.add(id);
  };
  for (const record of records) {
    add(userIds, [record.creatorId, record.updatedBy, record.ownerId]);
    add(departmentIds, record.ownerDepartmentId);
    forEachFieldValue(form, record.data, ({ field, value }) => {
      if (memberTypes.has(field.type)) add(userIds, value);
      else if (departmentTypes.has(field.type)) add(departmentIds, value);
    });
  }
  const users: Record<string, string> = {};
  for (const id of userIds) {
    const user = await stores.users.findById(id);
    if (user) users[id] = user.name;
  }
  const departments: Record<string, string> = {};
  for (const id of departmentIds) {
    const department = await stores.departments.findById(id);
    if (department) departments[id] = department.name;
  }
  return { users, departments };
}

export const recordPeopleNamesSchema: JsonSchema = {
  type: 'object',
  description: 'Names of the users and departments the records on this page refer to (member and department fields, creator, editor, owner), keyed by id',
  properties: {
    users: { type: 'object', additionalProperties: { type: 'string' } },
    departments: { type: 'object', additionalProperties: { type: 'string' } },
  },
};
