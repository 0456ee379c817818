import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderFields } from '../testing/renderFields.js';

describe('LocationInput', () => {
  it("stores the device's position and an editable address", async () => {
    const { session, user } = renderFields([{ id: 'loc', type: 'location', label: 'Visit location' }], {
      services: { locate: async () => ({ lat: 22.54, lng: 113.95 }) },
    });
    await user.click(screen.getByRole('button', { name: 'Use my location' }));
    await waitFor(() => expect(session.getValue('/loc')).toEqual({ lat: 22.54, lng: 113.95 }));
    await user.type(screen.getByRole('textbox', { name: 'Visit location' }), 'Office');
    expect(session.getValue('/loc')).toEqual({ lat: 22.54, lng: 113.95, address: 'Office' });
  });

  it('says so when the position cannot be had', async () => {
    const { user } = renderFields([{ id: 'loc', type: 'location', label: 'Where' }], { services: { locate: async () => Promise.reject(new Error('denied')) } });
    await user.click(screen.getByRole('button', { name: 'Use my location' }));
    expect(await screen.findByText('Location unavailable')).toBeTruthy();
  });
});
