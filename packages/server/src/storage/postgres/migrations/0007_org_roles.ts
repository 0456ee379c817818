import type { PostgresMigration } from '../PostgresMigration.js';

/** Organisation roles (`RoleStore`) and who holds them, as SQLite's 0014_org_roles. */
export const orgRoles: PostgresMigration = {
  version: 7,
  name: 'org_roles',
  up: `
CREATE TABLE org_roles (
  id TEXT COLLATE "C" PRIMARY KEY,
  name TEXT COLLATE "C" NOT NULL CHECK (char_length(name) BETWEEN 1 AND 60),
  description TEXT COLLATE "C" NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE org_role_members (
  role_id TEXT COLLATE "C" NOT NULL REFERENCES org_roles(id) ON DELETE CASCADE,
  user_id TEXT COLLATE "C" NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (role_id, user_id)
);
CREATE INDEX org_role_members_user ON org_role_members(user_id);
`,
};
