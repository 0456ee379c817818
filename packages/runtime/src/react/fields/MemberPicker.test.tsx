import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FormServices } from '../FormServices.js';
import { renderFields } from '../testing/renderFields.js';

const people = [
  { id: 'u1', name: '张三', detail: 'Sales East' },
  { id: 'u2', name: '李四', detail: 'Sales West' },
];

function directory(): FormServices {
  return {
    searchMembers: vi.fn(async (query: string) => people.filter((p) => p.name.includes(query))),
    describeMembers: vi.fn(async (ids: readonly string[]) => people.filter((p) => ids.includes(p.id))),
    searchDepartments: vi.fn(async () => [{ id: 'd1', name: 'East', detail: 'Sales / East' }]),
  };
}

describe('MemberPicker', () => {
  it('searches the directory through the service and stores the member id', async () => {
    const services = directory();
    const { session, user } = renderFields([{ id: 'owner', type: 'member', label: 'Owner' }], { services });
    await user.type(screen.getByRole('combobox', { name: 'Owner' }), '李');
    await waitFor(() => expect(screen.queryByRole('option', { name: /张三/ })).toBeNull());
    await user.click(screen.getByRole('option', { name: /李四/ }));
    expect(session.getValue('/owner')).toBe('u2');
    expect(services.searchMembers).toHaveBeenLastCalledWith('李', undefined);
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveProperty('value', '李四');
  });

  it('shows names, not ids, for stored members', async () => {
    renderFields([{ id: 'team', type: 'members', label: 'Team' }], { services: directory(), initial: { team: ['u1', 'u2'] } });
    expect(await screen.findByRole('button', { name: 'Remove 张三' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove 李四' })).toBeTruthy();
  });

  it('picks departments through the department search', async () => {
    const services = directory();
    const { session, user } = renderFields([{ id: 'dept', type: 'departments', label: 'Departments' }], { services });
    await user.click(screen.getByRole('combobox', { name: 'Departments' }));
    await user.click(await screen.findByRole('option', { name: /East/ }));
    await waitFor(() => expect(session.getValue('/dept')).toEqual(['d1']));
  });
});
