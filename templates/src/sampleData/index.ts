export type * from './SampleData.js';
export { generateSampleData } from './generateSampleData.js';
export { crmFormKeys } from './generateCrmRecords.js';
export { performanceFormKeys } from './generatePerformanceRecords.js';
