import type { CompiledForm, RecordData } from '@formwork/runtime';
import type { Stores } from '../storage/Stores.js';
import type { LinkResolver } from './createLinkResolver.js';
import { forEachFieldValue } from './forEachFieldValue.js';

/**
 * The link resolver for an update: a link the record already holds stays valid for whoever
 * edits it, even when the linked record lies outside the editor's row scope — it was checked
 * when it was written, by someone who could see it. Finance approving a rep's payment (its row
 * scope is "own") could otherwise not save the payment at all: the rep's contract and customer
 * it links to are not finance's to see, and every approval with edits failed on them. A link
 * the editor adds or changes is still checked in the editor's scope; a held link whose record
 * was deleted, or moved to another form, is still refused.
 *
 * Lookups are filled through the same resolver, so a held link keeps its lookups filled rather
 * than emptied by an editor who cannot see their source.
 */
export function keepHeldLinks(findLinked: LinkResolver, stores: Pick<Stores, 'records'>, form: Pick<CompiledForm, 'valueFields'>, existing: RecordData): LinkResolver {
  const held = new Set<string>();
  forEachFieldValue(form, existing, ({ field, value }) => {
    if (field.type !== 'link') return;
    for (const id of Array.isArray(value) ? value : [value]) if (typeof id === 'string') held.add(id);
  });
  if (held.size === 0) return findLinked;
  return async (recordId, formId) => {
    const visible = await findLinked(recordId, formId);
    if (visible || !held.has(recordId)) return visible;
    const record = await stores.records.findById(recordId);
    return record && record.formId === formId && record.deletedAt === null ? record : undefined;
  };
}
