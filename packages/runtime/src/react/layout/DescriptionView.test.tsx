import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../engine/index.js';
import { compileForm } from '../../engine/index.js';
import type { FieldControlProps } from '../fields/FieldControlProps.js';
import { TextInput } from '../fields/TextInput.js';
import { FormRenderer } from '../FormRenderer.js';
import { formSchema } from '../testing/formSchema.js';

afterEach(cleanup);

const kind: FieldDefinition = {
  id: 'kind',
  type: 'radio',
  label: 'Kind',
  options: [
    { value: 'new', label: 'New' },
    { value: 'renewal', label: 'Renewal' },
  ],
};

// Visibility comes from the real engine: the renderer only draws what the session reports.
function renderForm(fields: readonly FieldDefinition[]) {
  const renders = new Map<string, number>();
  function CountingText(props: FieldControlProps) {
    renders.set(props.field.id, (renders.get(props.field.id) ?? 0) + 1);
    return <TextInput {...(props as FieldControlProps<never>)} />;
  }
  const user = userEvent.setup();
  render(
    <FormRenderer
      compiled={compileForm(formSchema(fields))}
      context={{ now: () => 0, locale: 'en' }}
      controls={{ text: { Control: CountingText, labelling: 'label' } }}
    />,
  );
  return { user, renders };
}

describe('description blocks with visibleWhen', () => {
  it('shows and hides the text as its condition flips, without re-rendering the fields around it', async () => {
    const { user, renders } = renderForm([
      kind,
      { id: 'before', type: 'text', label: 'Before' },
      { id: 'note', type: 'description', label: 'Renewals', content: 'Attach the previous contract.', visibleWhen: { '==': [{ var: 'kind' }, 'renewal'] } },
      { id: 'after', type: 'text', label: 'After' },
    ]);
    expect(screen.queryByText('Attach the previous contract.')).toBeNull();
    expect(screen.queryByText('Renewals')).toBeNull();
    const before = new Map(renders);

    await user.click(screen.getByRole('radio', { name: 'Renewal' }));
    expect(screen.getByText('Attach the previous contract.')).toBeTruthy();
    expect(screen.getByText('Renewals')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'New' }));
    expect(screen.queryByText('Attach the previous contract.')).toBeNull();

    // The block subscribes to its own pointer: its neighbours never heard of the flips.
    expect(renders.get('before')).toBe(before.get('before'));
    expect(renders.get('after')).toBe(before.get('after'));
  });

  it('goes with a section whose condition hides it, and follows its own condition inside it', async () => {
    const { user } = renderForm([
      kind,
      {
        id: 'renewal',
        type: 'section',
        label: 'Renewal details',
        visibleWhen: { '==': [{ var: 'kind' }, 'renewal'] },
        fields: [
          { id: 'contract', type: 'text', label: 'Previous contract' },
          { id: 'help', type: 'description', label: '', content: 'On the first page.' },
          { id: 'check', type: 'description', label: '', content: 'We will check this number.', visibleWhen: { '!!': [{ var: 'contract' }] } },
        ],
      },
    ]);
    expect(screen.queryByRole('region', { name: 'Renewal details' })).toBeNull();
    expect(screen.queryByText('On the first page.')).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'Renewal' }));
    expect(screen.getByRole('region', { name: 'Renewal details' })).toBeTruthy();
    expect(screen.getByText('On the first page.')).toBeTruthy();
    expect(screen.queryByText('We will check this number.')).toBeNull();

    await user.type(screen.getByRole('textbox', { name: 'Previous contract' }), 'C-1');
    expect(screen.getByText('We will check this number.')).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'New' }));
    expect(screen.queryByText('On the first page.')).toBeNull();
    expect(screen.queryByText('We will check this number.')).toBeNull();
  });

  it('decides a description in a subform row by row', async () => {
    const { user } = renderForm([
      {
        id: 'items',
        type: 'subform',
        label: 'Items',
        fields: [
          { id: 'product', type: 'text', label: 'Product' },
          { id: 'bulk', type: 'description', label: '', content: 'Bulk price applies.', visibleWhen: { '==': [{ var: '$row.product' }, 'paper'] } },
        ],
      },
    ]);
    await user.click(screen.getByRole('button', { name: /Add row/ }));
    await user.click(screen.getByRole('button', { name: /Add row/ }));
    const first = screen.getByRole('group', { name: 'Row 1' });
    const second = screen.getByRole('group', { name: 'Row 2' });
    await user.type(within(second).getByRole('textbox', { name: 'Product' }), 'paper');
    expect(within(second).getByText('Bulk price applies.')).toBeTruthy();
    expect(within(first).queryByText('Bulk price applies.')).toBeNull();

    // Row 2 moves up: the block moves with its row.
    await user.click(screen.getByRole('button', { name: 'Move row 2 up' }));
    expect(within(screen.getByRole('group', { name: 'Row 1' })).getByText('Bulk price applies.')).toBeTruthy();
    expect(within(screen.getByRole('group', { name: 'Row 2' })).queryByText('Bulk price applies.')).toBeNull();
  });
});
