import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderFields } from '../testing/renderFields.js';

describe('LinkPicker', () => {
  it("searches the target form's records and stores the record id", async () => {
    const records = [
      { id: 'r1', label: 'ACME Ltd' },
      { id: 'r2', label: 'Globex' },
    ];
    const searchRecords = vi.fn(async ({ query }: { query: string }) => records.filter((r) => r.label.toLowerCase().includes(query)));
    const { session, user } = renderFields([{ id: 'cust', type: 'link', label: 'Customer', formId: 'customers', displayField: 'f_name', filter: { and: [] } }], {
      services: { searchRecords },
    });
    await user.type(screen.getByRole('combobox', { name: 'Customer' }), 'glo');
    // The search waits for a pause in typing; then only the match is listed.
    await waitFor(() => expect(screen.queryByRole('option', { name: 'ACME Ltd' })).toBeNull());
    await user.click(screen.getByRole('option', { name: 'Globex' }));
    expect(session.getValue('/cust')).toBe('r2');
    expect(searchRecords).toHaveBeenLastCalledWith({ formId: 'customers', query: 'glo', displayField: 'f_name', filter: { and: [] } });
  });
});
