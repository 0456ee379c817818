import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FormSchema } from '../engine/index.js';
import { compileForm } from '../engine/index.js';
import { FormRenderer, type FormRendererOptions } from './FormRenderer.js';

afterEach(cleanup);

// "What a value may be" (runtime README) in the renderer, with the real engine: the same rules
// as the server, shown while the person types.
const deal: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Deal',
  fields: [
    { id: 'customer', type: 'text', label: 'Customer', required: true },
    { id: 'amount', type: 'money', label: 'Amount' },
    { id: 'qty', type: 'number', label: 'Quantity' },
    { id: 'unit', type: 'formula', label: 'Unit price', resultType: 'number', precision: 2, expression: { '/': [{ var: ['amount', 0] }, { var: ['qty', 1] }] } },
  ],
};

function renderDeal(props: Partial<FormRendererOptions> = {}) {
  const user = userEvent.setup();
  render(<FormRenderer compiled={compileForm(deal)} context={{ now: () => 0, locale: 'en' }} {...props} />);
  return user;
}

const errorOf = (name: string): string | null | undefined => {
  const ids = (screen.getByRole('textbox', { name }).getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)).find((element) => element?.className.includes('error'))?.textContent;
};

describe('values in the renderer', () => {
  it('refuses money with more decimals than its default precision instead of rounding it, and submits nothing', async () => {
    const onSubmit = vi.fn().mockResolvedValue({ kind: 'accepted', recordId: 'r1' });
    const user = renderDeal({ onSubmit });
    await user.type(screen.getByRole('textbox', { name: 'Customer' }), 'ACME');
    const amount = screen.getByRole('textbox', { name: 'Amount' });
    await user.type(amount, '1.005');
    await user.tab();
    expect(amount).toHaveProperty('value', '1.005');
    expect(errorOf('Amount')).toBe('Amount allows at most 2 decimal places');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(onSubmit).not.toHaveBeenCalled();
    await user.clear(amount);
    await user.type(amount, '1.5');
    await user.tab();
    expect(amount).toHaveProperty('value', '1.50');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ customer: 'ACME', amount: 1.5 });
  });

  it('refuses 2.5 in a number with 0 decimals with the field\'s message instead of storing 3, in both languages', async () => {
    const counted: FormSchema = { ...deal, fields: [{ id: 'visits', type: 'number', label: 'Visits', precision: 0 }] };
    for (const [locale, message] of [['en', 'Visits must be a whole number'], ['zh-CN', '「Visits」必须是整数']] as const) {
      const onSubmit = vi.fn();
      const user = userEvent.setup();
      const { unmount } = render(<FormRenderer compiled={compileForm(counted)} context={{ now: () => 0, locale }} onSubmit={onSubmit} />);
      const visits = screen.getByRole('textbox', { name: 'Visits' });
      await user.type(visits, '2.5');
      await user.tab();
      expect(visits).toHaveProperty('value', '2.5');
      expect(errorOf('Visits')).toBe(message);
      await user.click(screen.getByRole('button', { name: locale === 'en' ? 'Submit' : '提交' }));
      expect(onSubmit).not.toHaveBeenCalled();
      unmount();
    }
  });

  it('refuses a number beyond the exact range instead of changing its digits', async () => {
    const onSubmit = vi.fn();
    const user = renderDeal({ onSubmit });
    const quantity = screen.getByRole('textbox', { name: 'Quantity' });
    await user.type(quantity, '9007199254740993');
    await user.tab();
    expect(quantity.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf('Quantity')).toBe('Quantity is beyond the range that can be stored exactly (at most 9007199254740991 either side of zero)');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('calls blank text empty and names an unsafe character in text', async () => {
    const user = renderDeal();
    const customer = screen.getByRole('textbox', { name: 'Customer' });
    await user.type(customer, '   ');
    await user.tab();
    expect(errorOf('Customer')).toBe('Customer is required');
    fireEvent.change(customer, { target: { value: 'invoice\u202Efdp.exe' } });
    expect(errorOf('Customer')).toBe('Customer cannot hold character 8 (U+202E): a control character, a text-direction override or half a character');
  });

  it('shows at once that a calculated field divides by zero, with no number, and refuses to submit', async () => {
    const onSubmit = vi.fn();
    const user = renderDeal({ onSubmit });
    await user.type(screen.getByRole('textbox', { name: 'Amount' }), '10');
    await user.type(screen.getByRole('textbox', { name: 'Quantity' }), '0');
    const unit = screen.getByRole('status', { name: 'Unit price' });
    expect(unit.textContent).not.toMatch(/∞|Infinity/);
    expect(document.getElementById(unit.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Unit price cannot be calculated: the result overflows or divides by zero');
    await user.type(screen.getByRole('textbox', { name: 'Customer' }), 'ACME');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
