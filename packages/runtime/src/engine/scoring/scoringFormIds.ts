import type { ScoringSchema } from '../documents/scoring/ScoringSchema.js';

/**
 * Every form a scheme reads (sources, derived inputs, manual assessments, targets forms), sorted
 * and without repeats; an item not yet given a form (`''`, in the designer) names none. The server
 * keeps these forms' write stamps with a run (so a sheet can say when records changed after it);
 * the designer's pickers also offer those of another app that the scheme reads (#15).
 *
 * @example
 * scoringFormIds(scheme) // ['frm_contracts', 'frm_targets']
 */
export function scoringFormIds(scheme: ScoringSchema): string[] {
  const ids = new Set<string>();
  for (const item of scheme.items) {
    if (item.source.kind === 'derived') for (const input of item.source.inputs) ids.add(input.source.formId);
    else ids.add(item.source.formId);
    if (item.target?.kind === 'form') ids.add(item.target.formId);
  }
  ids.delete('');
  return [...ids].sort();
}
