import type { ValueColumn } from '../../../records/ValueColumn.js';
import type { NewRecord } from '../../../records/StoredRecord.js';
import { sampleFormSchema } from '../../../testing/sampleFormSchema.js';
import type { Stores } from '../../Stores.js';

/** The sample form's value columns: `f_name` (text, unique, so indexed at once) and `f_amount` (number). */
export const sampleColumns: readonly ValueColumn[] = [
  { fieldId: 'f_name', kind: 'text', fieldType: 'text', indexed: true },
  { fieldId: 'f_amount', kind: 'number', fieldType: 'number', indexed: false },
];

/** Creates a member (`u1`…), with an optional department. */
export function addUser(stores: Stores, id: string, username: string, departmentId: string | null = null) {
  return stores.users.create({ id, username, name: username, role: 'member', departmentId, locale: null, passwordHash: `hash-${id}`, createdAt: 1 });
}

/** An app `app` with a form `f` (the sample schema), and the users `u1` (Alice) and `u2` (Bob). */
export async function seedForm(stores: Stores): Promise<void> {
  await stores.apps.create({ id: 'app', name: 'A', description: '', icon: null, createdBy: null, createdAt: 1 });
  await stores.forms.create({ id: 'f', appId: 'app', draft: sampleFormSchema(), createdBy: null, createdAt: 1 });
  await addUser(stores, 'u1', 'Alice');
  await addUser(stores, 'u2', 'Bob');
}

/** A record of form `f` owned by `ownerId`, created at `createdAt`. */
export function newRecord(id: string, data: NewRecord['data'], ownerId = 'u1', createdAt = 10): NewRecord {
  return { id, formId: 'f', formVersion: 1, data, creatorId: ownerId, ownerId, ownerDepartmentId: null, createdAt };
}
