import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fieldError, renderFields } from '../testing/renderFields.js';

describe('TextInput', () => {
  it('stores what is typed and clears to no value', async () => {
    const { session, user } = renderFields([{ id: 'name', type: 'text', label: 'Customer name', required: true }]);
    const input = screen.getByRole('textbox', { name: 'Customer name' });
    expect(input).toHaveProperty('required', true);
    await user.type(input, 'ACME');
    expect(session.getValue('/name')).toBe('ACME');
    await user.clear(input);
    expect(session.getValue('/name')).toBeUndefined();
  });

  it('uses the phone, email and url input types', () => {
    renderFields([
      { id: 'p', type: 'phone', label: 'Phone' },
      { id: 'e', type: 'email', label: 'Email' },
      { id: 'u', type: 'url', label: 'Website' },
    ]);
    expect(screen.getByLabelText('Phone').getAttribute('type')).toBe('tel');
    expect(screen.getByLabelText('Email').getAttribute('type')).toBe('email');
    expect(screen.getByLabelText('Website').getAttribute('type')).toBe('url');
  });

  it('shows its error only once the field was left, tied to the input', async () => {
    const { user } = renderFields([{ id: 'e', type: 'email', label: 'Email', description: 'Work address' }], {
      validate: (v) => (typeof v['e'] === 'string' && !v['e'].includes('@') ? [fieldError('/e', 'Not an email address')] : []),
    });
    const input = screen.getByLabelText('Email');
    await user.type(input, 'nope');
    expect(screen.queryByText('Not an email address')).toBeNull();
    await user.tab();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(describedBy).toEqual(['Work address', 'Not an email address']);
  });
});
