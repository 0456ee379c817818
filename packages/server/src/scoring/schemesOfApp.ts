import { parseScoringSchema, type SchemeEntry, type ScoringSchema } from '@formwork/runtime';
import type { Stores } from '../storage/Stores.js';
import type { VersionedDocument } from '../storage/DocumentStore.js';

/**
 * The schemes one person-one-scheme assignment weighs for `document`: every published, live scheme
 * of its app, with `scheme` standing in for the document itself (its published version for a run,
 * its draft for a preview), so a person another scheme claims more specifically is left out alike.
 */
export async function schemesOfApp(stores: Pick<Stores, 'documents'>, document: VersionedDocument, scheme: ScoringSchema): Promise<SchemeEntry[]> {
  const schemes: SchemeEntry[] = [];
  let included = false;
  for (const other of await stores.documents.listByApp(document.appId, 'scoring')) {
    if (other.id === document.id) {
      schemes.push({ id: other.id, scheme });
      included = true;
    } else if (other.published && other.archivedAt === null) {
      const parsed = parseScoringSchema(other.published.schema);
      if (parsed.ok) schemes.push({ id: other.id, scheme: parsed.value });
    }
  }
  if (!included) schemes.push({ id: document.id, scheme });
  return schemes;
}
