import type { PostgresMigration } from '../PostgresMigration.js';

/** As SQLite's 0019: the colour an app is shown in, `#rrggbb` or `#rgb`, or null. */
export const appColors: PostgresMigration = {
  version: 12,
  name: 'app_colors',
  up: `
ALTER TABLE apps ADD COLUMN color TEXT COLLATE "C" CHECK (color IS NULL OR color ~ '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$');
`,
};
