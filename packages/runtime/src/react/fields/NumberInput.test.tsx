import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderFields } from '../testing/renderFields.js';

describe('NumberInput', () => {
  it('stores a number and keeps the typed text while typing', async () => {
    const { session, user } = renderFields([{ id: 'qty', type: 'number', label: 'Quantity', unit: 'pcs' }]);
    const input = screen.getByRole('textbox', { name: 'Quantity' });
    await user.type(input, '12.');
    expect(input).toHaveProperty('value', '12.');
    expect(session.getValue('/qty')).toBe(12);
    await user.type(input, '5');
    expect(session.getValue('/qty')).toBe(12.5);
    expect(screen.getByText('pcs')).toBeTruthy();
  });

  it('passes text that is not a number on as typed, for the engine to reject', async () => {
    const { session, user } = renderFields([{ id: 'qty', type: 'number', label: 'Quantity' }]);
    await user.type(screen.getByLabelText('Quantity'), '12abc');
    expect(session.getValue('/qty')).toBe('12abc');
  });

  it('keeps more decimals than the precision as typed when the field is left, for the engine to refuse, and shows the currency', async () => {
    const { session, user } = renderFields([{ id: 'amount', type: 'money', label: 'Amount', precision: 2, currency: 'CNY' }], { locale: 'zh-CN' });
    const input = screen.getByLabelText('Amount');
    await user.type(input, '3.14159');
    await user.tab();
    expect(session.getValue('/amount')).toBe(3.14159);
    expect(input).toHaveProperty('value', '3.14159');
    expect(screen.getByText('¥')).toBeTruthy();
  });

  it('shows a valid amount with its decimals once the field is left', async () => {
    const { session, user } = renderFields([{ id: 'amount', type: 'money', label: 'Amount', precision: 2 }]);
    const input = screen.getByLabelText('Amount');
    await user.type(input, '3.5');
    await user.tab();
    expect(session.getValue('/amount')).toBe(3.5);
    expect(input).toHaveProperty('value', '3.50');
  });

  it('shows a stored amount with its precision', () => {
    renderFields([{ id: 'price', type: 'money', label: 'Price', precision: 2 }], { initial: { price: 99 } });
    expect(screen.getByLabelText('Price')).toHaveProperty('value', '99.00');
  });

  it('shows a stored value and empties to no value', async () => {
    const { session, user } = renderFields([{ id: 'n', type: 'number', label: 'N' }], { initial: { n: 42 } });
    const input = screen.getByLabelText('N');
    expect(input).toHaveProperty('value', '42');
    await user.clear(input);
    expect(session.getValue('/n')).toBeUndefined();
  });
});
