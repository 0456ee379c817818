import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { FormSchema } from '../engine/index.js';
import { FormRenderer } from './FormRenderer.js';

afterEach(cleanup);

const quarters: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Targets',
  fields: [
    { id: 'q1', type: 'number', label: 'Q1' },
    { id: 'q2', type: 'number', label: 'Q2' },
    { id: 'q3', type: 'number', label: 'Q3' },
    { id: 'q4', type: 'number', label: 'Q4' },
    { id: 'year', type: 'formula', label: 'Year', resultType: 'number', expression: { '+': [{ var: 'q1' }, { var: 'q2' }, { var: 'q3' }, { var: 'q4' }] } },
  ],
};

describe('calculated fields while the form is filled in', () => {
  it('show the sum of the inputs filled so far, empty ones counting as 0, and blank while none is filled', async () => {
    const user = userEvent.setup();
    render(<FormRenderer schema={quarters} context={{ now: () => 0, locale: 'en' }} />);
    const year = screen.getByRole('status', { name: 'Year' });
    const blank = year.textContent;
    await user.type(screen.getByRole('textbox', { name: 'Q1' }), '40');
    expect(year.textContent).toBe('40');
    await user.type(screen.getByRole('textbox', { name: 'Q3' }), '2.5');
    expect(year.textContent).toBe('42.5');
    await user.clear(screen.getByRole('textbox', { name: 'Q1' }));
    await user.clear(screen.getByRole('textbox', { name: 'Q3' }));
    expect(year.textContent).toBe(blank);
    expect(blank).not.toContain('0');
  });
});
