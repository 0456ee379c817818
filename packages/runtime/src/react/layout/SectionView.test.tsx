import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderFields } from '../testing/renderFields.js';

describe('sections and descriptions', () => {
  it('groups fields under a heading, keeps their values at the top level, and collapses', async () => {
    const { session, user } = renderFields([
      { id: 'sec', type: 'section', label: 'Customer', collapsible: true, fields: [{ id: 'name', type: 'text', label: 'Name' }] },
      { id: 'help', type: 'description', label: 'Note', content: '<b>not html</b>\nsecond line' },
    ]);
    expect(screen.getByRole('region', { name: 'Customer' })).toBeTruthy();
    await user.type(screen.getByLabelText('Name'), 'Li');
    expect(session.getValue('/name')).toBe('Li');
    await user.click(screen.getByRole('button', { name: 'Collapse' }));
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Expand' }).getAttribute('aria-expanded')).toBe('false');
    // Description text is text, never markup.
    expect(screen.getByText(/<b>not html<\/b>/)).toBeTruthy();
  });
});
