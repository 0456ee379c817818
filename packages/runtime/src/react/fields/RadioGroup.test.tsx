import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fieldError, renderFields } from '../testing/renderFields.js';

const options = [
  { value: 'a', label: 'Alpha' },
  { value: 'b', label: 'Beta' },
];

describe('RadioGroup', () => {
  it('is a named group of radios storing the picked value', async () => {
    const { session, user } = renderFields([{ id: 'r', type: 'radio', label: 'Stage', options }]);
    const group = screen.getByRole('group', { name: 'Stage' });
    await user.click(within(group).getByRole('radio', { name: 'Beta' }));
    expect(session.getValue('/r')).toBe('b');
    expect(within(group).getByRole('radio', { name: 'Beta' })).toHaveProperty('checked', true);
  });

  it('is operable by keyboard', async () => {
    const { session, user } = renderFields([{ id: 'r', type: 'radio', label: 'Stage', options }], { initial: { r: 'a' } });
    // jsdom has no CSS.escape, which user-event needs for arrow keys in radio groups: use Space.
    screen.getByRole('radio', { name: 'Beta' }).focus();
    await user.keyboard(' ');
    expect(session.getValue('/r')).toBe('b');
  });

  it('describes the group with its error once touched', async () => {
    const { user } = renderFields([{ id: 'r', type: 'radio', label: 'Stage', options, required: true }], {
      validate: (v) => (v['r'] === undefined ? [fieldError('/r', 'Pick a stage', 'required')] : []),
    });
    screen.getByRole('radio', { name: 'Alpha' }).focus();
    await user.tab();
    const group = screen.getByRole('group', { name: 'Stage' });
    const described = (group.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Pick a stage');
  });
});
