import type { FormAccess, Role } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import type { User } from '../storage/UserStore.js';
import { sampleFormSchema } from '../testing/sampleFormSchema.js';
import { canReadForm, canSubmitForm, rowScopeOf } from './formAccess.js';
import type { Viewer } from './Viewer.js';

const viewer = (role: Role, id = 'usr_1', departmentAncestry: string[] = []): Viewer => ({
  user: { id, username: id, name: id, role, departmentId: departmentAncestry[0] ?? null, locale: null, disabled: false, createdAt: 0, updatedAt: 0 } satisfies User,
  departmentAncestry,
});
const form = (access?: FormAccess) => sampleFormSchema(access ? { settings: { access } } : {});

describe('canSubmitForm', () => {
  it('lets everyone signed in submit when the form says nothing', () => {
    expect(canSubmitForm(viewer('member'), form())).toBe(true);
  });

  it('matches any of roles, users and departments (with parents)', () => {
    const access: FormAccess = { submit: { roles: ['manager'], users: ['usr_named'], departments: ['dep_sales'] } };
    expect(canSubmitForm(viewer('manager'), form(access))).toBe(true);
    expect(canSubmitForm(viewer('member', 'usr_named'), form(access))).toBe(true);
    expect(canSubmitForm(viewer('member', 'usr_2', ['dep_east', 'dep_sales']), form(access))).toBe(true);
    expect(canSubmitForm(viewer('member', 'usr_3', ['dep_hr']), form(access))).toBe(false);
  });

  it('always lets admins in', () => {
    expect(canSubmitForm(viewer('admin'), form({ submit: { roles: [] } }))).toBe(true);
  });
});

describe('rowScopeOf', () => {
  it('defaults to own for members, department for managers, all for admins', () => {
    expect([rowScopeOf(viewer('member'), form()), rowScopeOf(viewer('manager'), form()), rowScopeOf(viewer('admin'), form())]).toEqual(['own', 'department', 'all']);
  });

  it('follows access.rows, but never narrows admins', () => {
    const access: FormAccess = { rows: { member: 'all', manager: 'own', admin: 'own' } };
    expect(rowScopeOf(viewer('member'), form(access))).toBe('all');
    expect(rowScopeOf(viewer('manager'), form(access))).toBe('own');
    expect(rowScopeOf(viewer('admin'), form(access))).toBe('all');
  });
});

describe('canReadForm', () => {
  it('needs submit rights or a row scope wider than own', () => {
    const closed: FormAccess = { submit: { roles: ['admin'] } };
    expect(canReadForm(viewer('member'), form(closed))).toBe(false);
    expect(canReadForm(viewer('manager'), form(closed))).toBe(true); // department rows by default
    expect(canReadForm(viewer('member'), form({ ...closed, rows: { member: 'all' } }))).toBe(true);
  });
});
