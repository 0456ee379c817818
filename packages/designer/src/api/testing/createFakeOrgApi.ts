import type { Locale, LocalizedText, Role } from '@formwork/runtime';
import { ApiError } from '../ApiError.js';
import type { DepartmentNode } from '../ApiTypes.js';
import type { ImportRowError, OrgApi, UserAccount } from '../OrgApi.js';
import type { OrgRole, OrgRoleSummary, RoleApi } from '../RoleApi.js';

interface StoredDepartment {
  id: string;
  name: string;
  parentId: string | null;
  managerId: string | null;
}

export interface FakeOrgOptions {
  readonly users?: readonly (UserAccount & { readonly password?: string })[];
  readonly departments?: readonly StoredDepartment[];
  /** Organisation roles; one given without members has none. */
  readonly roles?: readonly (OrgRoleSummary & { readonly memberIds?: readonly string[] })[];
  /** The language of the server's messages (the real one follows the caller). */
  readonly locale?: Locale;
}

const importHeaders: Readonly<Record<string, 'username' | 'name' | 'department' | 'role' | 'password'>> = {
  用户名: 'username',
  username: 'username',
  姓名: 'name',
  'display name': 'name',
  部门: 'department',
  department: 'department',
  角色: 'role',
  role: 'role',
  初始密码: 'password',
  'initial password': 'password',
};

/**
 * An in-memory organisation server for component tests: users and departments with the server's
 * checks that the screens show (taken usernames, passwords under 10 characters, moves under a
 * department's own subtree, the last admin), a CSV user import (comma-separated, no quotes)
 * that refuses unknown departments and repeated usernames, all or nothing, and organisation roles
 * refused as the server refuses them (a name taken in any case, a member who is not a user).
 */
export function createFakeOrgApi(options: FakeOrgOptions = {}) {
  const say = (text: LocalizedText): string => text[options.locale ?? 'en'];
  const users = (options.users ?? []).map((user) => ({ ...user, password: user.password ?? 'Correct-horse-42' }));
  const departments: StoredDepartment[] = (options.departments ?? []).map((department) => ({ ...department }));
  const roles: OrgRole[] = (options.roles ?? []).map((role) => ({ id: role.id, name: role.name, description: role.description ?? '', memberIds: [...(role.memberIds ?? [])] }));
  const calls: { method: string; args: unknown[] }[] = [];
  let next = 0;

  const view = ({ password: _password, ...user }: UserAccount & { password: string }): UserAccount => user;
  const tree = (parentId: string | null): DepartmentNode[] =>
    departments.filter((department) => department.parentId === parentId).map((department) => ({ ...department, children: tree(department.id) }));
  const subtree = (id: string): string[] => [id, ...departments.filter((department) => department.parentId === id).flatMap((child) => subtree(child.id))];
  const weakPassword = (password: string): ApiError | null =>
    password.length >= 10
      ? null
      : new ApiError(400, 'invalid_body', say({ 'zh-CN': '请求内容有误', en: 'The request is not valid' }), [
          { pointer: '/password', code: 'minLength', message: say({ 'zh-CN': '密码至少 10 个字符', en: 'must be at least 10 characters' }) },
        ]);
  const taken = (username: string, exceptId?: string): boolean => users.some((user) => user.id !== exceptId && user.username.toLowerCase() === username.toLowerCase());
  const usernameTaken = (): ApiError => new ApiError(409, 'username_taken', say({ 'zh-CN': '用户名已被使用', en: 'This username is taken' }));
  const departmentOf = (text: string): string | undefined => {
    let parentId: string | null = null;
    for (const name of text.split('/').map((part) => part.trim())) {
      const found = departments.find((department) => department.name === name && (department.parentId === parentId || !text.includes('/')));
      if (!found) return undefined;
      parentId = found.id;
    }
    return parentId ?? undefined;
  };

  const checkRole = (name: string | undefined, memberIds: readonly string[] | undefined, exceptId: string | null): void => {
    if (name !== undefined && roles.some((role) => role.id !== exceptId && role.name.toLowerCase() === name.trim().toLowerCase())) {
      throw new ApiError(409, 'role_name_taken', say({ 'zh-CN': `已有名为“${name.trim()}”的角色`, en: `A role named "${name.trim()}" already exists` }));
    }
    const unknown = (memberIds ?? []).findIndex((id) => !users.some((user) => user.id === id));
    if (unknown >= 0) {
      throw new ApiError(400, 'invalid_body', say({ 'zh-CN': '请求内容有误', en: 'The request is not valid' }), [
        { pointer: `/memberIds/${unknown}`, code: 'unknown_user', message: say({ 'zh-CN': '成员不存在', en: 'No such user' }) },
      ]);
    }
  };
  const roleOf = (id: string): OrgRole => {
    const role = roles.find((candidate) => candidate.id === id);
    if (!role) throw new ApiError(404, 'not_found', 'Not found');
    return role;
  };

  const api: OrgApi & RoleApi = {
    listUserAccounts: async () => users.map(view),
    createUser: async (user) => {
      calls.push({ method: 'createUser', args: [user] });
      const weak = weakPassword(user.password);
      if (weak) throw weak;
      if (taken(user.username)) throw usernameTaken();
      const stored = { id: `usr_${++next}`, username: user.username, name: user.name, role: user.role, departmentId: user.departmentId, disabled: false, password: user.password };
      users.push(stored);
      return view(stored);
    },
    updateUser: async (id, changes) => {
      calls.push({ method: 'updateUser', args: [id, changes] });
      const index = users.findIndex((user) => user.id === id);
      const current = users[index];
      if (!current) throw new ApiError(404, 'not_found', 'Not found');
      if (changes.password !== undefined) {
        const weak = weakPassword(changes.password);
        if (weak) throw weak;
      }
      if (changes.username !== undefined && taken(changes.username, id)) throw usernameTaken();
      const activeAdmins = users.filter((user) => user.role === 'admin' && !user.disabled).length;
      if (current.role === 'admin' && !current.disabled && (changes.disabled === true || (changes.role !== undefined && changes.role !== 'admin')) && activeAdmins <= 1) {
        throw new ApiError(409, 'last_admin', say({ 'zh-CN': '不能停用或降级最后一位管理员', en: 'The last active admin cannot be disabled or given another role' }));
      }
      const updated = { ...current, ...changes };
      users[index] = updated;
      return view(updated);
    },
    importUsers: async (file, fileName) => {
      calls.push({ method: 'importUsers', args: [fileName] });
      const [headerLine = '', ...lines] = (await readText(file)).split(/\r?\n/).filter((line) => line.trim() !== '');
      const keys = headerLine.split(',').map((header) => importHeaders[header.trim().toLowerCase()]);
      const headers = headerLine.split(',').map((header) => header.trim());
      const errors: ImportRowError[] = [];
      const rows = lines.map((line, index) => {
        const cells = line.split(',');
        const value = (key: string): string => cells[keys.indexOf(key as never)]?.trim() ?? '';
        const column = (key: string): string => headers[keys.indexOf(key as never)] ?? key;
        const row = index + 2;
        const username = value('username');
        const department = value('department');
        const departmentId = department === '' ? null : departmentOf(department);
        if (departmentId === undefined) errors.push({ row, column: column('department'), message: say({ 'zh-CN': '部门不存在', en: 'No such department' }) });
        const first = lines.findIndex((other) => other.split(',')[keys.indexOf('username')]?.trim() === username);
        if (first !== index) errors.push({ row, column: column('username'), message: say({ 'zh-CN': `与第 ${first + 2} 行的用户名重复`, en: `Same username as row ${first + 2}` }) });
        else if (taken(username)) errors.push({ row, column: column('username'), message: say({ 'zh-CN': '用户名已被使用', en: 'This username is taken' }) });
        return { row, username, name: value('name') || username, role: (value('role') || 'member') as Role, departmentId: departmentId ?? null, password: value('password') };
      });
      if (errors.length > 0) {
        throw new ApiError(400, 'import_invalid', say({ 'zh-CN': `导入未执行：${errors.length} 处错误，请改正后重新导入`, en: `Nothing was imported: ${errors.length} problems; fix them and import again` }), {
          rows: rows.length,
          errorCount: errors.length,
          errors,
        });
      }
      return rows.map(({ row, password, ...user }) => {
        const stored = { id: `usr_${++next}`, ...user, disabled: false, password: password || 'Generated-pass-1' };
        users.push(stored);
        return { row, id: stored.id, username: stored.username, name: stored.name, ...(password ? {} : { initialPassword: stored.password }) };
      });
    },
    userImportTemplateUrl: (format, locale) => `/api/users/import/template?format=${format}&lang=${locale}`,
    listDepartments: async () => tree(null),
    createDepartment: async (department) => {
      calls.push({ method: 'createDepartment', args: [department] });
      const stored = { id: `dep_${++next}`, ...department };
      departments.push(stored);
      return stored;
    },
    updateDepartment: async (id, changes) => {
      calls.push({ method: 'updateDepartment', args: [id, changes] });
      const index = departments.findIndex((department) => department.id === id);
      const current = departments[index];
      if (!current) throw new ApiError(404, 'not_found', 'Not found');
      if (changes.parentId && subtree(id).includes(changes.parentId)) {
        throw new ApiError(409, 'department_cycle', say({ 'zh-CN': '不能把部门移到它自己或它的下级部门之下', en: 'A department cannot be moved under itself or one of its sub-departments' }));
      }
      const updated = { ...current, ...changes };
      departments[index] = updated;
      return updated;
    },
    listRoles: async () => roles.map((role) => ({ ...role })),
    createRole: async (role) => {
      calls.push({ method: 'createRole', args: [role] });
      checkRole(role.name, role.memberIds, null);
      const stored = { id: `rol_${++next}`, name: role.name.trim(), description: role.description?.trim() ?? '', memberIds: [...new Set(role.memberIds ?? [])] };
      roles.push(stored);
      return { ...stored };
    },
    updateRole: async (id, changes) => {
      calls.push({ method: 'updateRole', args: [id, changes] });
      const current = roleOf(id);
      checkRole(changes.name, changes.memberIds, id);
      const updated = {
        ...current,
        ...(changes.name === undefined ? {} : { name: changes.name.trim() }),
        ...(changes.description === undefined ? {} : { description: changes.description.trim() }),
        ...(changes.memberIds === undefined ? {} : { memberIds: [...new Set(changes.memberIds)] }),
      };
      roles[roles.indexOf(current)] = updated;
      return { ...updated };
    },
    deleteRole: async (id) => {
      calls.push({ method: 'deleteRole', args: [id] });
      roles.splice(roles.indexOf(roleOf(id)), 1);
    },
  };
  return { api, calls, users, departments, roles };
}

// jsdom's Blob has no text(); FileReader is there in every environment the tests run in.
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });
}
