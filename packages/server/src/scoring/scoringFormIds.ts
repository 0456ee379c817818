import type { ScoringSchema } from '@formwork/runtime';

/**
 * Every form a scheme reads (sources, derived inputs, manual assessments, targets forms): whose
 * write stamps a run keeps, so that a sheet can say when records changed after it was computed.
 */
export function scoringFormIds(scheme: ScoringSchema): string[] {
  const ids = new Set<string>();
  for (const item of scheme.items) {
    if (item.source.kind === 'derived') for (const input of item.source.inputs) ids.add(input.source.formId);
    else ids.add(item.source.formId);
    if (item.target?.kind === 'form') ids.add(item.target.formId);
  }
  return [...ids].sort();
}
