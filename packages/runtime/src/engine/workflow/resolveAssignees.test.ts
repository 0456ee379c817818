import { describe, expect, it } from 'vitest';
import { resolveAssignees } from './resolveAssignees.js';
import { org } from './testing/workflowFixtures.js';

const scope = (record = {}, initiator = 'u_rep') => ({ directory: org, initiator, record });

describe('resolveAssignees', () => {
  it('members, roles (active users only) and the initiator, each once, in list order', () => {
    expect(resolveAssignees([{ kind: 'role', role: 'finance' }, { kind: 'member', userId: 'u_cfo' }, { kind: 'initiator' }], scope())).toEqual(['u_cfo', 'u_fin1', 'u_fin2', 'u_rep']);
  });

  it('departments: members, with sub-departments, or only the managers', () => {
    expect(resolveAssignees([{ kind: 'department', departmentId: 'd_sales' }], scope())).toEqual(['u_director']);
    expect(resolveAssignees([{ kind: 'department', departmentId: 'd_sales', includeSubDepartments: true }], scope())).toEqual(['u_director', 'u_manager', 'u_rep', 'u_rep2']);
    expect(resolveAssignees([{ kind: 'department', departmentId: 'd_sales', includeSubDepartments: true, managerOnly: true }], scope())).toEqual(['u_director', 'u_manager']);
  });

  it('the manager chain climbs from the direct manager, stepping over the initiator’s own department', () => {
    expect(resolveAssignees([{ kind: 'managerChain', levels: 2 }], scope())).toEqual(['u_manager', 'u_director']);
    expect(resolveAssignees([{ kind: 'managerChain', levels: 1 }], scope({}, 'u_manager'))).toEqual(['u_director']);
    expect(resolveAssignees([{ kind: 'managerChain', levels: 9 }], scope())).toEqual(['u_manager', 'u_director', 'u_ceo']);
  });

  it('member fields and department fields’ managers, as ids or { id } objects', () => {
    const record = { f_owner: ['u_rep2', { id: 'u_cfo' }, 'u_nobody'], f_dept: { id: 'd_finance' } };
    expect(resolveAssignees([{ kind: 'memberField', fieldId: 'f_owner' }], scope(record))).toEqual(['u_rep2', 'u_cfo']);
    expect(resolveAssignees([{ kind: 'departmentFieldManager', fieldId: 'f_dept' }], scope(record))).toEqual(['u_cfo']);
    expect(resolveAssignees([{ kind: 'memberField', fieldId: 'f_missing' }], scope(record))).toEqual([]);
  });
});
