import { HttpError } from '../http/HttpError.js';
import { notFound } from '../http/httpErrors.js';
import { openRecord } from '../records/openRecord.js';
import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';

/**
 * Lets through whoever may read a record's flow: those who may read the record, those who hold or
 * held one of its tasks (or were copied), and its initiator — an assignee reads what they approve
 * even outside their row scope. Everyone else gets the record's own 404.
 */
export async function requireFlowReader(stores: Stores, user: User, recordId: string): Promise<void> {
  try {
    await openRecord(stores, user, recordId, 'read');
    return;
  } catch (error) {
    if (!(error instanceof HttpError) || error.status !== 404) throw error;
  }
  if (await stores.tasks.hasTaskOnRecord(user.id, recordId)) return;
  // The initiator of the record's flow, or the proposer of its latest change.
  for (const purpose of ['record', 'change'] as const) {
    if ((await stores.flowInstances.findByRecord(recordId, purpose))?.instance.initiator === user.id) return;
  }
  throw notFound();
}
