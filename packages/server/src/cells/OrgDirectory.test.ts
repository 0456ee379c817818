import { describe, expect, it } from 'vitest';
import type { Department } from '../storage/DepartmentStore.js';
import type { User } from '../storage/UserStore.js';
import { createOrgDirectory } from './OrgDirectory.js';

const user = (id: string, username: string, name: string): User => ({ id, username, name, role: 'member', departmentId: null, locale: null, disabled: false, createdAt: 0, updatedAt: 0 });
const department = (id: string, name: string): Department => ({ id, name, parentId: null, managerId: null, createdAt: 0, updatedAt: 0 });

const directory = await createOrgDirectory({
  users: { list: () => Promise.resolve([user('usr_1', 'Zhang.Wei', '张伟'), user('usr_2', 'li', '李娜'), user('usr_3', 'li2', '李娜')]) } as never,
  departments: { list: () => Promise.resolve([department('dep_1', '华东'), department('dep_2', 'Sales'), department('dep_3', 'Sales')]) } as never,
});

describe('createOrgDirectory', () => {
  it('finds users by id, username in any case, or a name only one user has', () => {
    expect(['usr_1', 'zhang.wei', 'ZHANG.WEI', ' 张伟 '].map((text) => directory.userId(text))).toEqual(['usr_1', 'usr_1', 'usr_1', 'usr_1']);
    expect(directory.userId('李娜')).toBeUndefined();
    expect(directory.userId('li')).toBe('usr_2');
  });

  it('finds departments by id or unique name, and names by id', () => {
    expect(directory.departmentId('华东')).toBe('dep_1');
    expect(directory.departmentId('Sales')).toBeUndefined();
    expect(directory.userName('usr_2')).toBe('李娜');
    expect(directory.departmentName('dep_1')).toBe('华东');
  });
});
