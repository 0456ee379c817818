/**
 * An organisation role (角色): a named group of people that cuts across the department tree —
 * 财务, 销售总监, 人力资源 — which workflow nodes name as approvers (`{ kind: 'role', role: id }`).
 * Apart from the system role every user has (member, manager, admin: what they may do), a user may
 * hold any number of these. Templates install theirs under the bundle's role key as the id
 * (`director`, `finance`, `hr`), so two templates naming the same key share one role.
 */
export interface OrgRole {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export type NewOrgRole = Omit<OrgRole, 'updatedAt'>;

export interface OrgRoleChanges {
  readonly name?: string;
  readonly description?: string;
}

/** Who holds a role. */
export interface RoleMembership {
  readonly roleId: string;
  readonly userId: string;
}

export interface RoleStore {
  create(role: NewOrgRole): Promise<OrgRole>;
  findById(id: string): Promise<OrgRole | undefined>;
  /** Every role, ordered by name then id. */
  list(): Promise<OrgRole[]>;
  update(id: string, changes: OrgRoleChanges, updatedAt: number): Promise<OrgRole | undefined>;
  /** Deletes the role and its memberships; workflow nodes naming it then resolve to nobody. */
  delete(id: string): Promise<void>;
  /** Replaces the role's members with `userIds` (unknown users fail the foreign key). */
  setMembers(roleId: string, userIds: readonly string[]): Promise<void>;
  /** Adds one member; holding it already is fine. */
  addMember(roleId: string, userId: string): Promise<void>;
  /** Every membership of every role, by role then user: what the workflow directory reads once. */
  memberships(): Promise<RoleMembership[]>;
}
