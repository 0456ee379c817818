import { compileForm } from '@formwork/runtime';
import { collectFieldHistory } from '../forms/collectFieldHistory.js';
import { queryFieldsOf } from '../query/queryFieldsOf.js';
import type { Stores } from '../storage/Stores.js';
import type { RecordForm } from './RecordForm.js';
import { valueColumnsOf } from './valueColumnsOf.js';

const maxCached = 200;
// Per Stores (one per app), so two servers in one process never share an entry. A transaction's
// `tx` is a Stores of its own, so it starts with an empty cache, unless `shareFormCache` gave it
// its stores' one.
const caches = new WeakMap<Stores, Map<string, RecordForm>>();

function cacheOf(stores: Stores): Map<string, RecordForm> {
  let cache = caches.get(stores);
  if (!cache) {
    cache = new Map();
    caches.set(stores, cache);
  }
  return cache;
}

/**
 * Lets `tx` use (and fill) the forms cached for `stores`, the stores it was opened from, for a
 * transaction that publishes no version (saving records). Without it each transaction would
 * rebuild its forms. A publish's transaction must not share: a version it caches is not yet
 * committed, and a rollback would leave it cached under a key the next publish reuses.
 */
export function shareFormCache(tx: Stores, stores: Stores): void {
  caches.set(tx, cacheOf(stores));
}

/**
 * The published version of a form, ready for records, or undefined when the form does not exist
 * or has never been published. Cached by `${formId}@${version}`: a new publish is a new key.
 */
export async function loadRecordForm(stores: Stores, formId: string): Promise<RecordForm | undefined> {
  const form = await stores.forms.findById(formId);
  if (!form?.published) return undefined;
  const cache = cacheOf(stores);
  const key = `${formId}@${form.published.version}`;
  const cached = cache.get(key);
  // Archiving changes no version: the flag is applied to the cached form, not cached with it.
  if (cached) return form.archivedAt === null ? cached : { ...cached, archived: true };
  const version = form.published;
  const history = collectFieldHistory(await stores.forms.listVersions(formId));
  const compiled = compileForm(version.schema, { cacheKey: key });
  const types = new Set(compiled.valueFields.map(({ field }) => field.type));
  const built: RecordForm = {
    formId,
    version,
    compiled,
    history,
    queryFields: queryFieldsOf(history),
    columns: valueColumnsOf(history),
    removedFieldIds: new Set(history.filter((entry) => entry.removed && entry.subformId === null).map((entry) => entry.field.id)),
    needs: {
      files: types.has('image') || types.has('attachment') || types.has('signature'),
      references: ['member', 'members', 'department', 'departments', 'link'].some((type) => types.has(type as never)),
      lookups: types.has('lookup'),
    },
    archived: false,
  };
  cache.set(key, built);
  if (cache.size > maxCached) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return form.archivedAt === null ? built : { ...built, archived: true };
}
