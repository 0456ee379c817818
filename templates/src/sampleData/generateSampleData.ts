import { createRandom } from './createRandom.js';
import { generateCrmRecords } from './generateCrmRecords.js';
import { generateOrganisation } from './generateOrganisation.js';
import { generatePerformanceRecords } from './generatePerformanceRecords.js';
import type { SampleData, SampleDataOptions } from './SampleData.js';

/**
 * A year of a Chinese sales team, reproducible from a seed: the department tree and its people,
 * the CRM's customers, deals, visits, quotes, contracts and payments over the 12 months before
 * `now`, and the performance app's targets, points, reviews and evaluations built from them.
 * Pure: no clock, no `Math.random`; the same options give the same data.
 *
 * @example
 * const sample = generateSampleData({ seed: 2025, now: Date.parse('2025-06-15T09:00:00+08:00') });
 * sample.crm.customers[0].data.f_customer_name // e.g. '杭州恒远科技有限公司'
 */
export function generateSampleData(options: SampleDataOptions): SampleData {
  const scale = options.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, not ${scale}`);
  if (!Number.isFinite(options.now)) throw new RangeError('now must be a time in epoch milliseconds');
  const random = createRandom(options.seed);
  const organisation = generateOrganisation(random);
  // The approvals in flight draw from a source of their own: the rest of the sample is as without them.
  const crm = generateCrmRecords(random, organisation, options.now, scale, createRandom(`${String(options.seed)}:in-flight`));
  const performance = generatePerformanceRecords(random, organisation, crm, options.now, scale);
  return { departments: organisation.departments, users: organisation.users, crm, performance };
}
