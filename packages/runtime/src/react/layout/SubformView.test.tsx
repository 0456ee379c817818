import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../engine/index.js';
import { renderFields } from '../testing/renderFields.js';

const items: FieldDefinition = {
  id: 'items',
  type: 'subform',
  label: 'Items',
  maxRows: 3,
  fields: [
    { id: 'product', type: 'text', label: 'Product' },
    { id: 'qty', type: 'number', label: 'Qty' },
  ],
};
const rowsOf = (value: unknown) => (value as { product?: string }[]).map((row) => row.product);

describe('SubformView', () => {
  it('adds rows with named cells and moves focus into the new row', async () => {
    const { session, user } = renderFields([items]);
    await user.click(screen.getByRole('button', { name: /Add row/ }));
    const row = screen.getByRole('group', { name: 'Row 1' });
    await user.type(within(row).getByRole('textbox', { name: 'Product' }), 'Pen');
    expect(session.getValue('/items/0/product')).toBe('Pen');
  });

  it('copies, moves and deletes rows by buttons named after their row', async () => {
    const { session, user } = renderFields([items], { initial: { items: [{ _id: 'a', product: 'A' }, { _id: 'b', product: 'B' }] } });
    await user.click(screen.getByRole('button', { name: 'Copy row 1' }));
    expect(rowsOf(session.getValue('/items'))).toEqual(['A', 'A', 'B']);
    expect(screen.getByRole('button', { name: /Add row/ })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Move row 3 up' }));
    expect(rowsOf(session.getValue('/items'))).toEqual(['A', 'B', 'A']);
    await user.click(screen.getByRole('button', { name: 'Delete row 1' }));
    expect(rowsOf(session.getValue('/items'))).toEqual(['B', 'A']);
    expect(within(screen.getByRole('group', { name: 'Row 1' })).getByRole('textbox', { name: 'Product' })).toHaveProperty('value', 'B');
    expect(screen.getByRole('button', { name: 'Move row 1 up' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Move row 2 down' })).toHaveProperty('disabled', true);
  });

  it('names its buttons in Chinese too', () => {
    renderFields([items], { locale: 'zh-CN', initial: { items: [{ _id: 'a' }, { _id: 'b' }] } });
    expect(screen.getByRole('group', { name: '第 2 行' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '删除第 2 行' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /添加一行/ })).toBeTruthy();
  });
});
