/** An organisation role (财务, 市场开拓) as `GET /api/roles` lists it: a named group of people across departments. */
export interface OrgRoleSummary {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
}

/** The organisation's roles, for pickers that name people by role. Every method rejects with an `ApiError`. */
export interface RoleApi {
  listRoles(): Promise<readonly OrgRoleSummary[]>;
}
