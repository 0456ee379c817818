import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderFields } from '../testing/renderFields.js';

describe('TextArea', () => {
  it('keeps line breaks and honours the maximum length', async () => {
    const { session, user } = renderFields([{ id: 'notes', type: 'textarea', label: 'Notes', maxLength: 12 }]);
    const box = screen.getByRole('textbox', { name: 'Notes' });
    expect(box.tagName).toBe('TEXTAREA');
    await user.type(box, 'line one{enter}line two');
    expect(session.getValue('/notes')).toBe('line one\nlin');
  });
});
