import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderFields } from '../testing/renderFields.js';

describe('CheckboxGroup', () => {
  it('stores the checked values in the options order', async () => {
    const { session, user } = renderFields([
      { id: 'c', type: 'checkbox', label: 'Products', options: [{ value: 'x', label: 'X' }, { value: 'y', label: 'Y' }, { value: 'z', label: 'Z' }] },
    ]);
    expect(screen.getByRole('group', { name: 'Products' })).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Z' }));
    await user.click(screen.getByRole('checkbox', { name: 'X' }));
    expect(session.getValue('/c')).toEqual(['x', 'z']);
    await user.click(screen.getByRole('checkbox', { name: 'X' }));
    await user.click(screen.getByRole('checkbox', { name: 'Z' }));
    expect(session.getValue('/c')).toBeUndefined();
  });
});
