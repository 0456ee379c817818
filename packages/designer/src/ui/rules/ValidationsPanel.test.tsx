import { act, cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderEditor } from '../testing/renderEditor.js';

afterEach(() => cleanup());

/** An editor with a Discount number and a Stage radio, on the Validations tab with one rule. */
async function editorWithRule(locale: 'en' | 'zh-CN' = 'en') {
  const user = userEvent.setup();
  const rendered = renderEditor({ locale });
  act(() => {
    const state = rendered.store.getState();
    state.addField('number');
    state.updateField('f_1', { label: 'Discount' });
    state.addField('radio');
    state.updateField('f_2', { label: 'Stage', options: [{ value: 'draft', label: 'Draft' }, { value: 'final', label: 'Final' }] });
  });
  await user.click(screen.getByRole('tab', { name: locale === 'en' ? 'Validations' : '校验规则' }));
  return { user, ...rendered };
}

const validation = (store: ReturnType<typeof renderEditor>['store']) => store.getState().schema.rules?.validations?.[0];

describe('form-level validations', () => {
  it('adds a rule from conditions with a message in each language, and removes it', async () => {
    const { user, store } = await editorWithRule();
    expect(screen.getByText('No validation rules yet')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add validation' }));
    // A new rule starts with the generic message, in both languages.
    expect(validation(store)?.message).toEqual({ 'zh-CN': '请检查填写的内容', en: 'Please check what you entered' });
    const requires = screen.getByRole('group', { name: 'Validation 1 requires' });
    await user.click(within(requires).getByRole('button', { name: 'Add condition' }));
    await user.selectOptions(within(requires).getByLabelText('Field of condition 1'), 'Discount');
    await user.selectOptions(within(requires).getByLabelText('Comparison of condition 1'), 'is at most');
    await user.type(within(requires).getByLabelText('Value of condition 1'), '30');
    await user.click(within(requires).getByRole('button', { name: 'Apply condition' }));
    const english = screen.getByLabelText('Message when validation 1 fails (English)');
    await user.clear(english);
    await user.type(english, 'At most 30 % off{Enter}');
    const chinese = screen.getByLabelText('Message when validation 1 fails (中文)');
    await user.clear(chinese);
    await user.type(chinese, '折扣不能超过 30%{Enter}');
    expect(store.getState().schema.rules?.validations).toEqual([
      { id: 'r_3', assert: { '<=': [{ var: 'f_1' }, 30] }, message: { 'zh-CN': '折扣不能超过 30%', en: 'At most 30 % off' } },
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove validation 1' }));
    expect(store.getState().schema.rules?.validations).toEqual([]);
  });

  it('falls back to the generic message when the message is cleared in both languages', async () => {
    const { user, store } = await editorWithRule();
    await user.click(screen.getByRole('button', { name: 'Add validation' }));
    await user.clear(screen.getByLabelText('Message when validation 1 fails (English)'));
    await user.tab();
    expect(validation(store)?.message).toEqual({ 'zh-CN': '请检查填写的内容' });
    await user.clear(screen.getByLabelText('Message when validation 1 fails (中文)'));
    await user.tab();
    expect(validation(store)?.message).toEqual({ 'zh-CN': '请检查填写的内容', en: 'Please check what you entered' });
  });

  it('chooses the fields the message is shown beside', async () => {
    const { user, store } = await editorWithRule();
    await user.click(screen.getByRole('button', { name: 'Add validation' }));
    const beside = screen.getByRole('group', { name: 'Show the message of validation 1 beside' });
    expect(within(beside).getByText('None chosen: the message is shown for the whole form')).toBeTruthy();
    await user.selectOptions(within(beside).getByLabelText('Add a field'), 'Stage');
    await user.selectOptions(within(beside).getByLabelText('Add a field'), 'Discount');
    expect(validation(store)?.fields).toEqual(['f_2', 'f_1']);
    await user.click(within(beside).getByRole('button', { name: 'Remove “Stage”' }));
    await user.click(within(beside).getByRole('button', { name: 'Remove “Discount”' }));
    expect(validation(store)).not.toHaveProperty('fields');
  });

  it('checks a rule only when its condition holds, and always again once that is cleared', async () => {
    const { user, store } = await editorWithRule('zh-CN');
    await user.click(screen.getByRole('button', { name: '添加校验' }));
    const when = screen.getByRole('group', { name: '仅在以下条件满足时检查校验 1' });
    expect(within(when).getByText('没有条件时，每次提交都检查')).toBeTruthy();
    await user.click(within(when).getByRole('button', { name: '添加条件' }));
    await user.selectOptions(within(when).getByLabelText('条件 1 的字段'), 'Stage');
    await user.selectOptions(within(when).getByLabelText('条件 1 的值'), 'Final');
    await user.click(within(when).getByRole('button', { name: '应用条件' }));
    expect(validation(store)?.when).toEqual({ '==': [{ var: 'f_2' }, 'final'] });
    // The rule's own condition is untouched by its "when".
    expect(validation(store)?.assert).toBe(true);
    await user.click(within(screen.getByRole('group', { name: '仅在以下条件满足时检查校验 1' })).getByRole('button', { name: '清除条件' }));
    expect(validation(store)).not.toHaveProperty('when');
  });
});
