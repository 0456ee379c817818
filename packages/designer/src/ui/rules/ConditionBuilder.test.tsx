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
      store.getState().setVisibility('f_3', { '==': [{ var: 'f_1' }, { cat: ['l', 'ost'] }] });
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
    expect(fieldById(store, 'f_3').visibleWhen).toEqual({ '==': [{ var: 'f_1' }, { cat: ['l', 'ost'] }] });
  });
});

/** A visit: its date, the next follow-up, a follow-up count, and notes (selected). */
function visitDates(locale: 'en' | 'zh-CN' = 'en') {
  const rendered = renderEditor({ locale });
  const { store } = rendered;
  act(() => {
    store.getState().addField('date');
    store.getState().updateField('f_1', { label: locale === 'en' ? 'Visit date' : '拜访日期' });
    store.getState().addField('date');
    store.getState().updateField('f_2', { label: locale === 'en' ? 'Next follow-up' : '下次跟进' });
    store.getState().addField('number');
    store.getState().updateField('f_3', { label: locale === 'en' ? 'Follow-ups' : '跟进次数' });
    store.getState().addField('textarea');
  });
  return rendered;
}

describe('comparing with another field or with today', () => {
  it('compares a date with another date field of the form (next follow-up ≥ visit date)', async () => {
    const user = userEvent.setup();
    const { store } = visitDates();
    const group = screen.getByRole('group', { name: 'Show this field when' });
    await user.click(within(group).getByRole('button', { name: 'Add condition' }));
    await user.selectOptions(within(group).getByLabelText('Field of condition 1'), 'Next follow-up');
    await user.selectOptions(within(group).getByLabelText('Comparison of condition 1'), 'is at least');
    const against = within(group).getByLabelText('Compare condition 1 with');
    expect(within(against).getAllByRole('option').map((o) => o.textContent)).toEqual(['a value', 'another field', 'today ± days']);
    await user.selectOptions(against, 'another field');
    // Only fields that compare as dates are offered, and not the field itself.
    const other = within(group).getByLabelText('Field condition 1 compares with');
    expect(within(other).getAllByRole('option').map((o) => o.textContent)).toEqual(['', 'Visit date']);
    await user.selectOptions(other, 'Visit date');
    await user.click(within(group).getByRole('button', { name: 'Apply condition' }));
    expect(fieldById(store, 'f_4').visibleWhen).toEqual({ '>=': [{ var: 'f_2' }, { var: 'f_1' }] });
  });

  it('compares a date with today plus or minus days, in Chinese, and re-opens it', async () => {
    const user = userEvent.setup();
    const { store } = visitDates('zh-CN');
    const group = screen.getByRole('group', { name: '显示条件' });
    await user.click(within(group).getByRole('button', { name: '添加条件' }));
    await user.selectOptions(within(group).getByLabelText('条件 1 的字段'), '下次跟进');
    await user.selectOptions(within(group).getByLabelText('条件 1 的判断'), '小于等于');
    await user.selectOptions(within(group).getByLabelText('条件 1 比较的对象'), '今天前后的天数');
    const days = within(group).getByLabelText('条件 1 相对今天的天数（负数为今天之前）');
    await user.clear(days);
    await user.type(days, '7');
    await user.click(within(group).getByRole('button', { name: '应用条件' }));
    const rule = { '<=': [{ var: 'f_2' }, { date_add: [{ today: [] }, 7, 'day'] }] };
    expect(fieldById(store, 'f_4').visibleWhen).toEqual(rule);
    act(() => {
      store.getState().selectField('f_1');
      store.getState().selectField('f_4');
    });
    const reopened = screen.getByRole('group', { name: '显示条件' });
    expect((within(reopened).getByLabelText('条件 1 比较的对象') as HTMLSelectElement).value).toBe('today');
    expect((within(reopened).getByLabelText('条件 1 相对今天的天数（负数为今天之前）') as HTMLInputElement).value).toBe('7');
  });

  it('offers no today for a number, and compares it with another number field', async () => {
    const user = userEvent.setup();
    visitDates();
    const group = screen.getByRole('group', { name: 'Show this field when' });
    await user.click(within(group).getByRole('button', { name: 'Add condition' }));
    await user.selectOptions(within(group).getByLabelText('Field of condition 1'), 'Follow-ups');
    // The only other number is none: a fixed value is all there is to compare with.
    expect(within(group).queryByLabelText('Compare condition 1 with')).toBeNull();
    expect(within(group).getByLabelText('Value of condition 1')).toBeTruthy();
  });
});
