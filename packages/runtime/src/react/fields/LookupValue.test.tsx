import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderFields } from '../testing/renderFields.js';

describe('LookupValue', () => {
  it('shows the picked record’s source field while filling in', async () => {
    const describeRecords = vi.fn(async (_formId: string, field: string, ids: readonly string[]) => ids.map((id) => ({ id, label: `${field} of ${id}` })));
    const searchRecords = vi.fn(async () => [{ id: 'c7', label: 'ACME' }]);
    const { user } = renderFields(
      [
        { id: 'customer', type: 'link', label: 'Customer', formId: 'customers', displayField: 'f_name' },
        { id: 'phone', type: 'lookup', label: 'Customer phone', linkField: 'customer', sourceField: 'f_phone' },
      ],
      { services: { describeRecords, searchRecords } },
    );
    expect(screen.getByRole('status', { name: 'Customer phone' }).textContent).toBe('Calculated');
    await user.click(screen.getByRole('combobox', { name: 'Customer' }));
    await user.click(await screen.findByRole('option', { name: 'ACME' }));
    expect(await screen.findByText('f_phone of c7')).toBeTruthy();
    expect(describeRecords).toHaveBeenCalledWith('customers', 'f_phone', ['c7']);
  });
});
