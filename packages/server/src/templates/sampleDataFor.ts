import { generateSampleData, type SampleData, type SampleRecords } from '@formwork/templates';
import type { TemplateName } from '@formwork/templates';

/** The seed every install uses: the same team and year each time, moved to end at the install's `now`. */
export const sampleSeed = 2025;

/**
 * The generator's sample for an install: one organisation with the records of both bundles (the
 * performance records mirror the CRM's), of which an install writes its own bundle's.
 */
export function sampleDataFor(now: number, scale: number): SampleData {
  return generateSampleData({ seed: sampleSeed, now, scale });
}

/** The records of the bundle `name`, by form key. */
export function sampleRecordsOf(sample: SampleData, name: TemplateName): SampleRecords {
  return name === 'crm' ? sample.crm : sample.performance;
}
