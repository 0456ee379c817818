import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderFields } from '../testing/renderFields.js';

// The region chunk cannot be fetched (offline, a failed deploy).
vi.mock('@vant/area-data', () => {
  throw new Error('chunk failed to load');
});

describe('AddressInput without the region lists', () => {
  it('falls back to typed parts so the form can still be filled', async () => {
    const { session, user } = renderFields([{ id: 'addr', type: 'address', label: 'Address', level: 'city' }]);
    expect(await screen.findByText('The region list could not load; type the names instead.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Province' }), '广东省');
    await user.type(screen.getByRole('textbox', { name: 'City' }), '深圳市');
    expect(session.getValue('/addr')).toEqual({ province: '广东省', city: '深圳市' });
  });
});
