import { cleanup, act, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldById } from '../../store/testing/createTestStore.js';
import { renderEditor } from '../testing/renderEditor.js';

afterEach(() => cleanup());

function stageAndReason(locale: 'en' | 'zh-CN' = 'en') {
  const rendered = renderEditor({ locale });
  const { store } = rendered;
  act(() => {
    store.getState().addField('select');
    store.getState().updateField('f_1', { label: 'Stage', options: [{ value: 'won', label: 'Won' }, { value: 'lost', label: 'Lost' }] });
    store.getState().addField('number');
    store.getState().updateField('f_2', { label: 'Amount' });
    store.getState().addField('textarea');
    store.getState().updateField('f_3', { label: 'Reason' });
  });
  return rendered;
}

describe('the visibility condition builder', () => {
  it('builds field → comparison → value and applies it as JSON Logic', async () => {
    const user = userEvent.setup();
    const { store } = stageAndReason();
    const group = screen.getByRole('group', { name: 'Show this field when' });
    await user.click(within(group).getByRole('button', { name: 'Add condition' }));
    await user.selectOptions(within(group).getByLabelText('Field of condition 1'), 'Stage');
    const operators = within(within(group).getByLabelText('Comparison of condition 1')).getAllByRole('option').map((o) => o.textContent);
    expect(operators).toEqual(['equals', 'does not equal', 'is any of', 'is empty', 'is not empty']);
    await user.selectOptions(within(group).getByLabelText('Value of condition 1'), 'Lost');
    await user.click(within(group).getByRole('button', { name: 'Add condition' }));
    await user.selectOptions(within(group).getByLabelText('Field of condition 2'), 'Amount');
    await user.selectOptions(within(group).getByLabelText('Comparison of condition 2'), 'is greater than');
    await user.type(within(group).getByLabelText('Value of condition 2'), '1000');
    await user.selectOptions(within(group).getByLabelText('Match'), 'any condition');
    await user.click(within(group).getByRole('button', { name: 'Apply condition' }));
    expect(fieldById(store, 'f_3').visibleWhen).toEqual({ or: [{ '==': [{ var: 'f_1' }, 'lost'] }, { '>': [{ var: 'f_2' }, 1000] }] });
    expect(screen.getAllByText('Depends on: Stage, Amount').length).toBeGreaterThan(0);
  });

  it('re-opens the rule it emitted', () => {
    const { store } = stageAndReason();
    act(() => {
      store.getState().setVisibility('f_3', { '==': [{ var: 'f_1' }, 'lost'] });
      store.getState().selectField('f_1');
      store.getState().selectField('f_3');
    });
    const group = screen.getByRole('group', { name: 'Show this field when' });
    expect((within(group).getByLabelText('Field of condition 1') as HTMLSelectElement).value).toBe('f_1');
    expect((within(group).getByLabelText('Value of condition 1') as HTMLSelectElement).value).toBe('lost');
  });

  it('falls back to JSON for rules it cannot show, and refuses a missing field with a reason', async () => {
    const user = userEvent.setup();
    const { store } = stageAndReason('zh-CN');
    act(() => {
      store.getState().setVisibility('f_3', { '==': [{ var: 'f_1' }, { var: 'f_2' }] });
      store.getState().selectField('f_1');
      store.getState().selectField('f_3');
    });
    const group = screen.getByRole('group', { name: '显示条件' });
    expect(within(group).getByText('这条规则超出了条件编辑器的能力，请以 JSON 编辑')).toBeTruthy();
    const json = within(group).getByLabelText('JSON Logic 规则');
    await user.clear(json);
    await user.type(json, '{{"var": "f_nope"}');
    await user.click(within(group).getByRole('button', { name: '应用条件' }));
    expect(screen.getByRole('alert').textContent).toMatch(/f_nope/);
    expect(fieldById(store, 'f_3').visibleWhen).toEqual({ '==': [{ var: 'f_1' }, { var: 'f_2' }] });
  });
});
