import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderFields } from '../testing/renderFields.js';

const options = [
  { value: 'bj', label: 'Beijing' },
  { value: 'sh', label: 'Shanghai' },
  { value: 'sz', label: 'Shenzhen' },
];

describe('SelectInput', () => {
  it('filters the options by what is typed and picks with the keyboard', async () => {
    const { session, user } = renderFields([{ id: 's', type: 'select', label: 'City', options }]);
    const box = screen.getByRole('combobox', { name: 'City' });
    await user.type(box, 'sh');
    const listbox = screen.getByRole('listbox');
    expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual(['Shanghai', 'Shenzhen']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(session.getValue('/s')).toBe('sz');
    expect(box).toHaveProperty('value', 'Shenzhen');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('picks with the mouse and clears', async () => {
    const { session, user } = renderFields([{ id: 's', type: 'select', label: 'City', options }], { locale: 'zh-CN' });
    await user.click(screen.getByRole('combobox', { name: 'City' }));
    await user.click(screen.getByRole('option', { name: 'Beijing' }));
    expect(session.getValue('/s')).toBe('bj');
    await user.click(screen.getByRole('button', { name: '清除' }));
    expect(session.getValue('/s')).toBeUndefined();
  });

  it('collects several values as removable tags for a multiselect', async () => {
    const { session, user } = renderFields([{ id: 'm', type: 'multiselect', label: 'Cities', options }]);
    const box = screen.getByRole('combobox', { name: 'Cities' });
    await user.click(box);
    await user.click(screen.getByRole('option', { name: 'Shanghai' }));
    await user.click(screen.getByRole('option', { name: 'Beijing' }));
    expect(session.getValue('/m')).toEqual(['sh', 'bj']);
    await user.click(screen.getByRole('button', { name: 'Remove Shanghai' }));
    expect(session.getValue('/m')).toEqual(['bj']);
    box.focus();
    await user.keyboard('{Backspace}');
    expect(session.getValue('/m')).toBeUndefined();
  });
});
