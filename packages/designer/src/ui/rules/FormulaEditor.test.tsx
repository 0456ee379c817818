import { cleanup, act, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldById } from '../../store/testing/createTestStore.js';
import { renderEditor } from '../testing/renderEditor.js';

afterEach(() => cleanup());

function pricing() {
  const rendered = renderEditor();
  const { store } = rendered;
  act(() => {
    store.getState().addField('number');
    store.getState().updateField('f_1', { label: 'Quantity' });
    store.getState().addField('money');
    store.getState().updateField('f_2', { label: 'Price' });
    store.getState().addField('formula');
    store.getState().updateField('f_3', { label: 'Total' });
  });
  return rendered;
}

describe('the formula editor', () => {
  it('applies a formula typed with field names as JSON Logic', async () => {
    const user = userEvent.setup();
    const { store } = pricing();
    const group = screen.getByRole('group', { name: 'Formula' });
    await user.type(within(group).getByRole('textbox', { name: 'Formula' }), 'round({{Quantity} * {{Price}, 2)');
    await user.click(within(group).getByRole('button', { name: 'Apply formula' }));
    const total = fieldById(store, 'f_3');
    expect(total.type === 'formula' && total.expression).toEqual({ round: [{ '*': [{ var: 'f_1' }, { var: 'f_2' }] }, 2] });
    expect(screen.getAllByText('Depends on: Quantity, Price').length).toBeGreaterThan(0);
  });

  it('inserts fields and functions from the pickers', async () => {
    const user = userEvent.setup();
    const { store } = pricing();
    const group = screen.getByRole('group', { name: 'Formula' });
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Insert field' }), 'Price');
    await user.click(within(group).getByRole('button', { name: 'Insert field' }));
    const text = within(group).getByRole('textbox', { name: 'Formula' }) as HTMLTextAreaElement;
    expect(text.value).toBe('{Price}');
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Insert function' }), 'abs');
    await user.click(within(group).getByRole('button', { name: 'Insert function' }));
    expect(text.value).toContain('abs()');
    expect(store.getState().schema.fields).toHaveLength(3);
  });

  it('shows where a formula text is wrong, and refuses a cycle naming the fields', async () => {
    const user = userEvent.setup();
    const { store } = pricing();
    act(() => {
      store.getState().addField('formula');
      store.getState().updateField('f_4', { label: 'Grand total' });
      store.getState().setFormula('f_4', { '+': [{ var: 'f_3' }, 1] });
      store.getState().selectField('f_3');
    });
    const group = screen.getByRole('group', { name: 'Formula' });
    const text = within(group).getByRole('textbox', { name: 'Formula' });
    await user.type(text, '{{Quantity} *');
    await user.click(within(group).getByRole('button', { name: 'Apply formula' }));
    expect(within(group).getByRole('alert').textContent).toContain('ends unexpectedly');
    await user.clear(text);
    await user.type(text, '{{Grand total} * 2');
    await user.click(within(group).getByRole('button', { name: 'Apply formula' }));
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent ?? '');
    expect(alerts.some((alert) => alert.includes('Total') && alert.includes('Grand total'))).toBe(true);
    const total = fieldById(store, 'f_3');
    expect(total.type === 'formula' && total.expression).toBeNull();
  });
});
