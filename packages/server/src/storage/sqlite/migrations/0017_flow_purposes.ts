import type { Migration } from '../Migration.js';

/**
 * Which instances are change flows (#12): a record's own flow is its latest `record` instance, so
 * a change flow that came after (and was rejected, say) never stands for the record. Instances
 * stored before this column are told apart once here, by the engine's `change` on the instance.
 */
export const flowPurposes: Migration = {
  version: 17,
  name: 'flow_purposes',
  up: `
ALTER TABLE flow_instances ADD COLUMN purpose TEXT NOT NULL DEFAULT 'record' CHECK (purpose IN ('record', 'change'));
UPDATE flow_instances SET purpose = 'change' WHERE json_extract(state, '$.change') IS NOT NULL;
`,
};
