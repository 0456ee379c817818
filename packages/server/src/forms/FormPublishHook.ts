import type { FormVersion } from '../storage/FormStore.js';
import type { Stores } from '../storage/Stores.js';
import type { FormChanges } from './diffFormSchemas.js';

/** A publish, as hooks see it: the version before (null on the first publish) and the new one. */
export interface FormPublishedEvent {
  readonly formId: string;
  readonly previous: FormVersion | null;
  readonly next: FormVersion;
  readonly changes: FormChanges;
  readonly publishedBy: string;
  readonly now: number;
}

/**
 * Runs inside the publish transaction, after the new version row is written. This is where the
 * records layer converts stored values when `changes.retyped` is not empty, and reports per record
 * what could not be converted (the unconverted value must be kept, never dropped). Throwing aborts
 * the whole publish (throw an HttpError to tell the caller why). Reads and writes go through
 * `tx`, the publish transaction's stores, and nothing else is awaited (see `Stores.transaction`).
 *
 * The report is returned to the caller of `POST /api/forms/:id/publish` as `reports[name]`.
 */
export interface FormPublishHook {
  readonly name: string;
  onPublish(event: FormPublishedEvent, tx: Stores): Promise<Readonly<Record<string, unknown>> | undefined>;
}
