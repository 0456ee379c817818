import type { CompiledForm, RecordData } from '@formwork/runtime';
import type { LinkResolver } from './createLinkResolver.js';
import { replaceFieldValues, type FieldValueSite } from './forEachFieldValue.js';
import type { StoredRecord } from './StoredRecord.js';

/**
 * Fills every lookup field from the record its link field points at (in the same subform row,
 * or at the top level): the linked record's value of `sourceField`, or nothing. Links were
 * checked before, so only records the caller may see are ever read.
 */
export async function fillLookups(form: Pick<CompiledForm, 'valueFields'>, data: RecordData, findLinked: LinkResolver): Promise<Record<string, unknown>> {
  const links = new Map(form.valueFields.filter(({ field }) => field.type === 'link').map(({ field }) => [field.id, field]));
  /** The linked record id and its form behind a lookup site, or undefined. */
  const linkOf = ({ field, row }: FieldValueSite): { readonly recordId: string; readonly formId: string } | undefined => {
    if (field.type !== 'lookup') return undefined;
    const link = links.get(field.linkField);
    if (!link || link.type !== 'link') return undefined;
    const source = row && Object.hasOwn(row, link.id) ? row : data;
    const linkedId = Object.hasOwn(source, link.id) ? source[link.id] : undefined;
    return typeof linkedId === 'string' ? { recordId: linkedId, formId: link.formId } : undefined;
  };
  // The walk is synchronous: find the linked records first, then fill from them.
  const wanted: { readonly recordId: string; readonly formId: string }[] = [];
  // (replaceFieldValues, not forEachFieldValue: it visits lookups that hold no value yet too.)
  replaceFieldValues(form, data, (site) => {
    const target = linkOf(site);
    if (target) wanted.push(target);
    return undefined;
  });
  const found = new Map<string, StoredRecord | undefined>();
  for (const { recordId, formId } of wanted) {
    const key = `${formId}\u0000${recordId}`;
    if (!found.has(key)) found.set(key, await findLinked(recordId, formId));
  }
  return replaceFieldValues(form, data, (site) => {
    if (site.field.type !== 'lookup') return undefined;
    const target = linkOf(site);
    const linked = target ? found.get(`${target.formId}\u0000${target.recordId}`) : undefined;
    const sourceField = site.field.sourceField;
    const value = linked && Object.hasOwn(linked.data, sourceField) ? linked.data[sourceField] : undefined;
    // undefined leaves the lookup out: the engine stores no empty values either.
    return value ?? undefined;
  });
}
