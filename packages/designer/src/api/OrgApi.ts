import type { Role } from '@formwork/runtime';
import type { DepartmentNode } from './ApiTypes.js';

/** A user as admins see them (`GET /api/users` for an admin): never the password. */
export interface UserAccount {
  readonly id: string;
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  readonly departmentId: string | null;
  readonly disabled: boolean;
}

export interface NewUserAccount {
  readonly username: string;
  readonly name: string;
  readonly password: string;
  readonly role: Role;
  readonly departmentId: string | null;
}

/** Only the properties present change; a new password ends the user's sessions. */
export interface UserAccountChanges {
  readonly username?: string;
  readonly name?: string;
  readonly role?: Role;
  readonly departmentId?: string | null;
  readonly disabled?: boolean;
  readonly password?: string;
}

export interface DepartmentChanges {
  readonly name?: string;
  readonly parentId?: string | null;
  readonly managerId?: string | null;
}

/** One user an import created; `initialPassword` only when the file gave none (shown once). */
export interface ImportedUser {
  readonly row: number;
  readonly id: string;
  readonly username: string;
  readonly name: string;
  readonly initialPassword?: string;
}

/** One bad row of a refused import (`details.errors` of a 400 `import_invalid`). */
export interface ImportRowError {
  readonly row: number;
  readonly column: string | null;
  readonly message: string;
}

/** The calls of the organisation screens (admins only). Every method rejects with an `ApiError`. */
export interface OrgApi {
  listUserAccounts(): Promise<readonly UserAccount[]>;
  createUser(user: NewUserAccount): Promise<UserAccount>;
  updateUser(id: string, changes: UserAccountChanges): Promise<UserAccount>;
  /** All or nothing: a 400 `import_invalid` `ApiError` whose details list every bad row. */
  importUsers(file: Blob, fileName: string): Promise<readonly ImportedUser[]>;
  /** Where the import template is downloaded from, in this language. */
  userImportTemplateUrl(format: 'csv' | 'xlsx', locale: string): string;
  listDepartments(): Promise<readonly DepartmentNode[]>;
  createDepartment(department: { readonly name: string; readonly parentId: string | null; readonly managerId: string | null }): Promise<DepartmentNode>;
  updateDepartment(id: string, changes: DepartmentChanges): Promise<DepartmentNode>;
}
