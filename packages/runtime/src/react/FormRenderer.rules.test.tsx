import { act, cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FormSchema, Locale } from '../engine/index.js';
import { compileForm } from '../engine/index.js';
import type { FieldControlProps } from './fields/FieldControlProps.js';
import { NumberInput } from './fields/NumberInput.js';
import { FormRenderer, type FormRendererOptions } from './FormRenderer.js';

afterEach(cleanup);

// Live rules come from the real engine: the renderer only draws what the session reports.
const order: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Order',
  fields: [
    { id: 'customer', type: 'text', label: 'Customer', required: true },
    { id: 'kind', type: 'radio', label: 'Kind', options: [{ value: 'new', label: 'New' }, { value: 'renewal', label: 'Renewal' }] },
    { id: 'previous', type: 'text', label: 'Previous contract', required: true, visibleWhen: { '==': [{ var: 'kind' }, 'renewal'] } },
    { id: 'qty', type: 'number', label: 'Quantity', min: 1 },
    { id: 'price', type: 'money', label: 'Price', precision: 2 },
    { id: 'amount', type: 'formula', label: 'Amount', expression: { '*': [{ var: ['qty', 0] }, { var: ['price', 0] }] }, precision: 2 },
    {
      id: 'items',
      type: 'subform',
      label: 'Items',
      fields: [
        { id: 'item', type: 'text', label: 'Item' },
        { id: 'cost', type: 'number', label: 'Cost' },
      ],
    },
    { id: 'itemsTotal', type: 'formula', label: 'Items total', expression: { sum_of: [{ var: 'items' }, 'cost'] } },
  ],
};

function renderOrder(locale: Locale = 'en', props: Partial<FormRendererOptions> = {}) {
  const user = userEvent.setup();
  render(<FormRenderer compiled={compileForm(order)} context={{ now: () => 0, locale }} {...props} />);
  return user;
}

describe('live rules', () => {
  it('shows a conditional field when its condition holds and hides it again', async () => {
    const user = renderOrder();
    expect(screen.queryByRole('textbox', { name: 'Previous contract' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Renewal' }));
    expect(screen.getByRole('textbox', { name: 'Previous contract' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'New' }));
    expect(screen.queryByRole('textbox', { name: 'Previous contract' })).toBeNull();
  });

  it('recomputes a formula as its inputs are typed (given the schema, compiled by the renderer)', async () => {
    const user = userEvent.setup();
    render(<FormRenderer schema={order} context={{ now: () => 0, locale: 'en' }} />);
    const amount = screen.getByRole('status', { name: 'Amount' });
    await user.type(screen.getByRole('textbox', { name: 'Quantity' }), '3');
    await user.type(screen.getByRole('textbox', { name: 'Price' }), '2.5');
    expect(amount.textContent).toBe('7.50');
  });

  it('sums subform rows into a total as rows are added, edited and deleted', async () => {
    const user = renderOrder();
    const total = screen.getByRole('status', { name: 'Items total' });
    await user.click(screen.getByRole('button', { name: /Add row/ }));
    await user.click(screen.getByRole('button', { name: /Add row/ }));
    await user.type(within(screen.getByRole('group', { name: 'Row 1' })).getByRole('textbox', { name: 'Cost' }), '10');
    await user.type(within(screen.getByRole('group', { name: 'Row 2' })).getByRole('textbox', { name: 'Cost' }), '5');
    expect(total.textContent).toBe('15');
    await user.click(screen.getByRole('button', { name: 'Delete row 1' }));
    expect(total.textContent).toBe('5');
  });

  it("shows the engine's errors after a field is left, and all of them on submit, in the form's language", async () => {
    const onSubmit = vi.fn();
    const user = renderOrder('zh-CN', { onSubmit });
    await user.type(screen.getByRole('textbox', { name: 'Quantity' }), '0');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.tab();
    const quantity = screen.getByRole('textbox', { name: 'Quantity' });
    expect(quantity.getAttribute('aria-invalid')).toBe('true');
    await user.click(screen.getByRole('radio', { name: 'Renewal' }));
    await user.click(screen.getByRole('button', { name: '提交' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const alerts = screen.getAllByRole('alert');
    // Customer, the now-visible previous contract, and the quantity.
    expect(alerts).toHaveLength(3);
    for (const alert of alerts) expect(alert.textContent).toMatch(/[\u4e00-\u9fff]/);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Customer' }));
  });

  it('re-renders only the fields a keystroke touches', async () => {
    const renders = new Map<string, number>();
    function CountingNumber(props: FieldControlProps) {
      renders.set(props.field.id, (renders.get(props.field.id) ?? 0) + 1);
      return <NumberInput {...(props as FieldControlProps<never>)} />;
    }
    const user = renderOrder('en', { controls: { number: { Control: CountingNumber, labelling: 'label' } } });
    await user.click(screen.getByRole('button', { name: /Add row/ }));
    // Adding a row moves focus to its first cell on the next frame: let that land before typing
    // elsewhere, or the digits race it into the new row.
    await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    const before = new Map(renders);
    const quantity = screen.getByRole('textbox', { name: 'Quantity' });
    await user.type(quantity, '42');
    expect((quantity as HTMLInputElement).value).toBe('42');
    // At most one render per keystroke; React may batch the two into one on a busy machine.
    const quantityRenders = (renders.get('qty') ?? 0) - (before.get('qty') ?? 0);
    expect(quantityRenders).toBeGreaterThanOrEqual(1);
    expect(quantityRenders).toBeLessThanOrEqual(2);
    // The subform's cost cell is a number field too, and nothing it shows depends on the quantity.
    expect(renders.get('cost')).toBe(before.get('cost'));
  });
});
