import { act, cleanup, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldById } from '../../store/testing/createTestStore.js';
import { renderEditor } from '../testing/renderEditor.js';

afterEach(() => cleanup());

describe('who a member field offers', () => {
  it('limits the choice by role and by departments picked from the organisation', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor({
      directory: {
        status: 'ready',
        users: [],
        departments: [
          { id: 'd_sales', name: 'Sales', path: 'Sales' },
          { id: 'd_east', name: 'East', path: 'Sales / East' },
        ],
      },
    });
    act(() => void store.getState().addField('member'));
    const scope = () => {
      const field = fieldById(store, 'f_1');
      return field.type === 'member' ? field.scope : 'not a member field';
    };
    await user.click(screen.getByLabelText('Manager'));
    await user.selectOptions(screen.getByLabelText('Add a department'), 'Sales / East');
    expect(scope()).toEqual({ roles: ['manager'], departments: ['d_east'] });
    await user.click(screen.getByRole('button', { name: 'Remove “Sales / East”' }));
    await user.click(screen.getByLabelText('Manager'));
    expect(scope()).toBeUndefined();
  });
});
