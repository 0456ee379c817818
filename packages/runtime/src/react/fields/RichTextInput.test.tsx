import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderFields } from '../testing/renderFields.js';
import { sanitizeRichText } from './sanitizeRichText.js';

describe('RichTextInput', () => {
  it('shows stored HTML sanitised: no script, handler or javascript: link survives', () => {
    renderFields([{ id: 'notes', type: 'richtext', label: 'Notes' }], {
      initial: { notes: '<b>Hot lead</b><img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>' },
    });
    const box = screen.getByRole('textbox', { name: 'Notes' });
    expect(box.innerHTML).toBe('<b>Hot lead</b><a>x</a>');
    expect(screen.getByRole('toolbar', { name: 'Formatting' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bold' })).toBeTruthy();
  });

  it('stores the sanitised HTML of what is typed', () => {
    const { session } = renderFields([{ id: 'notes', type: 'richtext', label: 'Notes' }]);
    const box = screen.getByRole('textbox', { name: 'Notes' });
    box.innerHTML = '<i>call back</i><span onclick="x()">!</span>';
    fireEvent.input(box);
    expect(session.getValue('/notes')).toBe('<i>call back</i><span>!</span>');
    box.innerHTML = '';
    fireEvent.input(box);
    expect(session.getValue('/notes')).toBeUndefined();
  });

  it('keeps http links and drops styles', () => {
    expect(sanitizeRichText('<a href="https://x.cn" style="color:red" target="_top">x</a>')).toBe('<a href="https://x.cn">x</a>');
  });
});
