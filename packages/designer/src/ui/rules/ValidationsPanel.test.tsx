import { act, cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderEditor } from '../testing/renderEditor.js';

afterEach(() => cleanup());

describe('form-level validations', () => {
  it('adds a rule from conditions with a custom message, and removes it', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    act(() => {
      store.getState().addField('number');
      store.getState().updateField('f_1', { label: 'Discount' });
    });
    await user.click(screen.getByRole('tab', { name: 'Validations' }));
    expect(screen.getByText('No validation rules yet')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add validation' }));
    const rule = screen.getByRole('group', { name: 'Validation 1' });
    await user.click(within(rule).getByRole('button', { name: 'Add condition' }));
    await user.selectOptions(within(rule).getByLabelText('Field of condition 1'), 'Discount');
    await user.selectOptions(within(rule).getByLabelText('Comparison of condition 1'), 'is at most');
    await user.type(within(rule).getByLabelText('Value of condition 1'), '30');
    await user.click(within(rule).getByRole('button', { name: 'Apply condition' }));
    const message = within(screen.getByRole('group', { name: 'Validation 1' })).getByLabelText('Message when validation 1 fails');
    await user.clear(message);
    await user.type(message, 'At most 30 % off{Enter}');
    expect(store.getState().schema.rules?.validations).toEqual([{ id: 'r_2', assert: { '<=': [{ var: 'f_1' }, 30] }, message: 'At most 30 % off' }]);
    await user.click(screen.getByRole('button', { name: 'Remove validation 1' }));
    expect(store.getState().schema.rules?.validations).toEqual([]);
  });
});
