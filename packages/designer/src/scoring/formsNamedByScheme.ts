import type { ScoringSchema } from '@formwork/runtime';

/**
 * Every form a scheme names (sources, derived inputs, manual items, targets forms), sorted and
 * without repeats — for the pickers to show forms of another app that a scheme reads (#15).
 *
 * @example
 * formsNamedByScheme(scheme) // ['frm_contracts', 'frm_targets']
 */
export function formsNamedByScheme(scheme: ScoringSchema): string[] {
  const ids = new Set<string>();
  for (const item of scheme.items) {
    if (item.source.kind === 'derived') for (const input of item.source.inputs) ids.add(input.source.formId);
    else ids.add(item.source.formId);
    if (item.target?.kind === 'form') ids.add(item.target.formId);
  }
  ids.delete('');
  return [...ids].sort();
}
