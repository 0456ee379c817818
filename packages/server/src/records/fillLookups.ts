import type { CompiledForm, RecordData } from '@formwork/runtime';
import type { LinkResolver } from './createLinkResolver.js';
import { replaceFieldValues } from './forEachFieldValue.js';

/**
 * Fills every lookup field from the record its link field points at (in the same subform row,
 * or at the top level): the linked record's value of `sourceField`, or nothing. Links were
 * checked before, so only records the caller may see are ever read.
 */
export function fillLookups(form: Pick<CompiledForm, 'valueFields'>, data: RecordData, findLinked: LinkResolver): Record<string, unknown> {
  const links = new Map(form.valueFields.filter(({ field }) => field.type === 'link').map(({ field }) => [field.id, field]));
  return replaceFieldValues(form, data, ({ field, row }) => {
    if (field.type !== 'lookup') return undefined;
    const link = links.get(field.linkField);
    if (!link || link.type !== 'link') return undefined;
    const source = row && Object.hasOwn(row, link.id) ? row : data;
    const linkedId = Object.hasOwn(source, link.id) ? source[link.id] : undefined;
    const linked = typeof linkedId === 'string' ? findLinked(linkedId, link.formId) : undefined;
    const value = linked && Object.hasOwn(linked.data, field.sourceField) ? linked.data[field.sourceField] : undefined;
    // undefined leaves the lookup out: the engine stores no empty values either.
    return value ?? undefined;
  });
}
