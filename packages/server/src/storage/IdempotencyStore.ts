/** A saved answer to an idempotent submit. */
export interface IdempotentSubmit {
  readonly requestHash: string;
  readonly recordId: string;
  readonly response: unknown;
}

/**
 * Answers to submits sent with an `Idempotency-Key`, per form and user: a retry gets the first
 * answer back instead of a second record. `save` inside the submit's transaction; a second save
 * of the same key fails (a constraint), so two racing retries cannot both create a record.
 */
export interface IdempotencyStore {
  find(formId: string, userId: string, key: string): Promise<IdempotentSubmit | undefined>;
  save(formId: string, userId: string, key: string, submit: IdempotentSubmit, at: number): Promise<void>;
  /** Forgets answers saved before `before`; returns how many. */
  deleteBefore(before: number): Promise<number>;
}
