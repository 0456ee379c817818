import { cleanup, act, screen, waitFor, within } from '@testing-library/react';
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

/** A visit form: a product subform (数量, 小计) and a calculated total, selected. */
function visit(locale: 'en' | 'zh-CN' = 'en') {
  const rendered = renderEditor({ locale });
  const { store } = rendered;
  act(() => {
    store.getState().addField('subform');
    store.getState().updateField('f_1', { label: '产品明细' });
    store.getState().addField('number', { parentId: 'f_1' });
    store.getState().updateField('f_2', { label: '数量' });
    store.getState().addField('money', { parentId: 'f_1' });
    store.getState().updateField('f_3', { label: '小计' });
    store.getState().addField('formula');
    store.getState().updateField('f_4', { label: '合计' });
  });
  return rendered;
}

describe('the formula editor with a subform', () => {
  it.each([
    ['sum_of({{产品明细}, {{小计})', 'sum_of({产品明细}, {小计})'],
    ['sum_of({{产品明细.小计})', 'sum_of({产品明细}, {小计})'],
  ])('applies %s naming the subform and its column by label, and shows it so again', async (typed, shown) => {
    const user = userEvent.setup();
    const { store } = visit();
    const group = screen.getByRole('group', { name: 'Formula' });
    await user.type(within(group).getByRole('textbox', { name: 'Formula' }), typed);
    await user.click(within(group).getByRole('button', { name: 'Apply formula' }));
    const total = fieldById(store, 'f_4');
    expect(total.type === 'formula' && total.expression).toEqual({ sum_of: [{ var: 'f_1' }, 'f_3'] });
    const reopened = within(screen.getByRole('group', { name: 'Formula' })).getByRole('textbox', { name: 'Formula' }) as HTMLTextAreaElement;
    expect(reopened.value).toBe(shown);
  });

  it('offers a column of the subform as {Subform.Column} and a function with the cursor inside its parentheses', async () => {
    const user = userEvent.setup();
    visit();
    const group = screen.getByRole('group', { name: 'Formula' });
    const text = within(group).getByRole('textbox', { name: 'Formula' }) as HTMLTextAreaElement;
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Insert function' }), 'sum_of');
    await user.click(within(group).getByRole('button', { name: 'Insert function' }));
    expect(text.value).toBe('sum_of()');
    await waitFor(() => expect(text.selectionStart).toBe('sum_of('.length));
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Insert field' }), '产品明细.小计');
    await user.click(within(group).getByRole('button', { name: 'Insert field' }));
    expect(text.value).toBe('sum_of({产品明细.小计})');
  });

  it.each(['en', 'zh-CN'] as const)('lists the form functions with a description and an example, not JSON Logic plumbing (%s)', async (locale) => {
    const user = userEvent.setup();
    visit(locale);
    const en = locale === 'en';
    const group = screen.getByRole('group', { name: en ? 'Formula' : '计算公式' });
    const picker = within(group).getByRole('combobox', { name: en ? 'Insert function' : '插入函数' });
    const offered = within(picker).getAllByRole('option').map((option) => option.textContent);
    for (const name of ['sum_of', 'count_of', 'round', 'if', 'date_add', 'today', 'cat']) expect(offered).toContain(name);
    for (const name of ['var', 'merge', 'missing', 'missing_some', 'map', 'reduce', '+', '>=', '==']) expect(offered).not.toContain(name);
    expect(within(picker).getByRole('group', { name: en ? 'Subform totals' : '子表单汇总' })).toBeTruthy();
    await user.selectOptions(picker, 'sum_of');
    const help = within(group).getByRole('note', { name: en ? 'About the function' : '函数说明' });
    expect(help.textContent).toContain(en ? 'Sums a subform column' : '子表单某列求和');
    expect(help.textContent).toContain(en ? 'Example: sum_of({items}, {amount})' : '示例：sum_of({items}, {amount})');
    await user.selectOptions(picker, 'round');
    expect(help.textContent).toMatch(/round\(\{\w+\}, \d\)/);
  });
});

describe('the formula editor of a calculated field', () => {
  it.each([
    ['en', 'Formula', /Empty number fields count as 0/, /every field the formula refers to is still empty, the result stays blank/],
    ['zh-CN', '计算公式', /未填写的数字字段按 0 计算/, /都还没填时，结果留空而不是 0/],
  ] as const)('says that empty numbers count as 0 and that a formula over nothing filled stays blank (%s)', (locale, name, asZero, blank) => {
    visit(locale);
    const text = within(screen.getByRole('group', { name })).getByRole('textbox', { name });
    const description = (text.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(description).toMatch(asZero);
    expect(description).toMatch(blank);
  });
});
