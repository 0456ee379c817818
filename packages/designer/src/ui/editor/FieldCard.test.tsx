import { cleanup, act, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderEditor } from '../testing/renderEditor.js';

afterEach(() => cleanup());

function ids(store: ReturnType<typeof renderEditor>['store']): string[] {
  return store.getState().schema.fields.map((f) => f.id);
}

describe('field cards', () => {
  it('show label, type, required mark and what the field depends on', () => {
    const { store } = renderEditor();
    act(() => {
      store.getState().addField('number');
      store.getState().updateField('f_1', { label: 'Quantity', required: true });
      store.getState().addField('formula');
      store.getState().updateField('f_2', { label: 'Total' });
      store.getState().setFormula('f_2', { '*': [{ var: 'f_1' }, 2] });
    });
    const total = screen.getByRole('button', { name: 'Total, Calculated' }).closest('li')!;
    expect(within(total).getByText('Depends on: Quantity')).toBeTruthy();
    const quantity = screen.getByRole('button', { name: 'Quantity, Number' });
    expect(within(quantity).getByText('*')).toBeTruthy();
  });

  it('select with Enter, move with Alt+arrows, copy with Ctrl+D and delete with Delete', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    act(() => {
      store.getState().addField('text');
      store.getState().addField('number');
      store.getState().addField('date');
      store.getState().selectField(null);
    });
    const text = screen.getByRole('button', { name: 'Single-line text, Single-line text' });
    text.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().selectedId).toBe('f_1');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(ids(store)).toEqual(['f_2', 'f_1', 'f_3']);
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(ids(store)).toEqual(['f_2', 'f_3', 'f_1']);
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(ids(store)).toEqual(['f_2', 'f_1', 'f_3']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Single-line text, Single-line text' }));
    await user.keyboard('{Control>}d{/Control}');
    expect(ids(store)).toEqual(['f_2', 'f_1', 'f_4', 'f_3']);
    screen.getByRole('button', { name: 'Date, Date' }).focus();
    await user.keyboard('{Delete}');
    expect(ids(store)).toEqual(['f_2', 'f_1', 'f_4']);
  });

  it('copy and delete buttons are named after the field', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor({ locale: 'zh-CN' });
    act(() => {
      store.getState().addField('text');
      store.getState().updateField('f_1', { label: '客户名称' });
    });
    await user.click(screen.getByRole('button', { name: '复制“客户名称”' }));
    expect(ids(store)).toEqual(['f_1', 'f_2']);
    await user.click(screen.getAllByRole('button', { name: '删除“客户名称”' })[0]!);
    expect(ids(store)).toEqual(['f_2']);
  });

  it('show the columns of a subform in their own list', () => {
    const { store } = renderEditor();
    act(() => {
      store.getState().addField('subform');
      store.getState().updateField('f_1', { label: 'Products' });
      store.getState().addField('money', { parentId: 'f_1' });
    });
    const columns = screen.getByRole('list', { name: 'Fields in “Products”' });
    expect(within(columns).getByRole('button', { name: 'Amount, Amount' })).toBeTruthy();
  });

  it('a refused command is announced', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    act(() => {
      store.getState().addField('subform');
      store.getState().updateField('f_1', { label: 'Products' });
      store.getState().addField('section', { parentId: 'f_1' });
    });
    expect(screen.getByRole('alert').textContent).toContain('Products');
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
