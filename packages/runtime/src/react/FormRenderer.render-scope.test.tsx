import { act, cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { FormSession } from '../engine/index.js';
import type { FieldControlProps } from './fields/FieldControlProps.js';
import { TextInput } from './fields/TextInput.js';
import { FormRenderer } from './FormRenderer.js';
import { createFakeForm } from './testing/createFakeForm.js';
import { formSchema } from './testing/formSchema.js';

afterEach(cleanup);

// Typing in one field must re-render that field only: every field subscribes to its own pointer.
describe('FormRenderer re-renders only what changed', () => {
  it('renders a typed-in field again and leaves the others alone', async () => {
    const renders = new Map<string, number>();
    function CountingText(props: FieldControlProps) {
      renders.set(props.field.id, (renders.get(props.field.id) ?? 0) + 1);
      return <TextInput {...(props as FieldControlProps<never>)} />;
    }
    const fields = Array.from({ length: 20 }, (_, i) => ({ id: `f${i}`, type: 'text' as const, label: `Field ${i}` }));
    let session: FormSession | undefined;
    render(
      <FormRenderer
        compiled={createFakeForm(formSchema(fields))}
        context={{ now: () => 0, locale: 'en' }}
        controls={{ text: { Control: CountingText, labelling: 'label' } }}
        onSession={(s) => (session = s)}
      />,
    );
    const before = new Map(renders);
    await userEvent.type(screen.getByLabelText('Field 3'), 'abc');

    expect(session?.getValue('/f3')).toBe('abc');
    expect((renders.get('f3') ?? 0) - (before.get('f3') ?? 0)).toBe(3);
    for (const [id, count] of renders) if (id !== 'f3') expect(count, id).toBe(before.get(id));
  });

  it('re-renders a field changed from outside (a formula result) without touching its neighbours', () => {
    const renders = new Map<string, number>();
    function CountingText(props: FieldControlProps) {
      renders.set(props.field.id, (renders.get(props.field.id) ?? 0) + 1);
      return <TextInput {...(props as FieldControlProps<never>)} />;
    }
    let session: FormSession | undefined;
    render(
      <FormRenderer
        compiled={createFakeForm(formSchema([{ id: 'a', type: 'text', label: 'A' }, { id: 'b', type: 'text', label: 'B' }]))}
        context={{ now: () => 0, locale: 'en' }}
        controls={{ text: { Control: CountingText, labelling: 'label' } }}
        onSession={(s) => (session = s)}
      />,
    );
    const a = renders.get('a');
    act(() => void session?.setValue('/b', 'from a rule'));
    expect(screen.getByLabelText('B')).toHaveProperty('value', 'from a rule');
    expect(renders.get('a')).toBe(a);
  });
});
