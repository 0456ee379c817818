import type { Migration } from '../Migration.js';

/**
 * Organisation roles (`RoleStore`): named groups across the department tree (财务, 销售总监) that
 * workflow nodes name as approvers, and who holds them. A user's system role (`users.role`) stays
 * what they may do; these say which steps are theirs. Deleting a role or a user drops the
 * memberships with it.
 */
export const orgRoles: Migration = {
  version: 14,
  name: 'org_roles',
  up: `
CREATE TABLE org_roles (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  description TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE org_role_members (
  role_id TEXT NOT NULL REFERENCES org_roles(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (role_id, user_id)
) STRICT;
CREATE INDEX org_role_members_user ON org_role_members(user_id);
`,
};
