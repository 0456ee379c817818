import type { Migration } from '../Migration.js';

/**
 * The colour an app is shown in (#15): the workbench draws each app with the icon and colour its
 * bundle gives it. A hex colour (`#rrggbb` or `#rgb`, as the documents' colours) or null; apps made before this column have none.
 */
export const appColors: Migration = {
  version: 19,
  name: 'app_colors',
  up: `
ALTER TABLE apps ADD COLUMN color TEXT CHECK (color IS NULL OR (length(color) = 4 AND color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]') OR (length(color) = 7 AND color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'));
`,
};
