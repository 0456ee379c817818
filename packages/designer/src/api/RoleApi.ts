/** An organisation role (财务, 市场开拓) as `GET /api/roles` lists it: a named group of people across departments. */
export interface OrgRoleSummary {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
}

/** A role with who holds it, as the server answers every role call. */
export interface OrgRole extends OrgRoleSummary {
  readonly description: string;
  readonly memberIds: readonly string[];
}

/** A new role: a name unique without case (a 409 `role_name_taken` otherwise), members optional. */
export interface NewOrgRole {
  readonly name: string;
  readonly description?: string;
  readonly memberIds?: readonly string[];
}

/** Only the properties present change; `memberIds` replaces the members. */
export interface OrgRoleChanges {
  readonly name?: string;
  readonly description?: string;
  readonly memberIds?: readonly string[];
}

/**
 * The organisation's roles: everyone signed in lists them (pickers that name people by role),
 * admins create, change and delete them. Every method rejects with an `ApiError`; an unknown
 * member is a 400 whose details point at `/memberIds/n`.
 */
export interface RoleApi {
  listRoles(): Promise<readonly OrgRole[]>;
  createRole(role: NewOrgRole): Promise<OrgRole>;
  updateRole(id: string, changes: OrgRoleChanges): Promise<OrgRole>;
  /** Workflows naming the role then find nobody at that step. */
  deleteRole(id: string): Promise<void>;
}
