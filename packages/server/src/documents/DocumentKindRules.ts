import type { JsonObject, LocalizedText } from '@formwork/runtime';
import type { Stores } from '../storage/Stores.js';
import type { VersionedDocumentKind } from '../storage/DocumentStore.js';

/**
 * What differs between the kinds of versioned document the shared routes handle: the kind, its
 * name in both languages (for the messages users see) and the check a draft passes before it is
 * saved or published. Everything else — If-Match, publishing races, views — is the same.
 */
export interface DocumentKindRules {
  readonly kind: VersionedDocumentKind;
  /** "仪表盘" / "dashboard": used in messages such as the stale-draft 409. */
  readonly noun: LocalizedText;
  /**
   * Checks a document from a client (or a stored draft being published) against the engine and
   * the app, and returns the parsed JSON to store; throws a 400 otherwise. `stores` is the
   * transaction the caller is in.
   */
  check(stores: Stores, appId: string, input: unknown): Promise<JsonObject>;
}
