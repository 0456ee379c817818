import type { PostgresMigration } from '../PostgresMigration.js';

/** As SQLite's 0017: which instances are change flows, so a record's own flow is told apart from them. */
export const flowPurposes: PostgresMigration = {
  version: 10,
  name: 'flow_purposes',
  up: `
ALTER TABLE flow_instances ADD COLUMN purpose TEXT COLLATE "C" NOT NULL DEFAULT 'record' CHECK (purpose IN ('record', 'change'));
UPDATE flow_instances SET purpose = 'change' WHERE state::json -> 'change' IS NOT NULL;
`,
};
