import type { RecordAction, RecordHistoryEntry } from '../records/RecordChange.js';

/** Who changed what in a record, and when: appended with each change, never rewritten. */
export interface RecordHistoryStore {
  /** Appends a change (update, delete, restore, convert); a creation is not appended: it is read from the record. */
  append(entry: RecordHistoryEntry & { readonly action: Exclude<RecordAction, 'create'> }): Promise<void>;
  /**
   * A record's history, oldest first, with the actors' names. The first entry is its creation
   * (version 1, by its creator), read from the record's own unchangeable creation stamp.
   */
  list(recordId: string): Promise<RecordHistoryEntry[]>;
}
