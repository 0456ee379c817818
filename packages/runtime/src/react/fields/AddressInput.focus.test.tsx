import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../engine/index.js';
import { renderFields } from '../testing/renderFields.js';

const fields: FieldDefinition[] = [
  { id: 'addr', type: 'address', label: 'Address', level: 'city' },
  { id: 'note', type: 'text', label: 'Note' },
];

async function part(name: string): Promise<HTMLElement> {
  // The first load imports the whole region list, which takes a while on a busy machine.
  await waitFor(() => expect(screen.queryByText('Loading the region list…')).toBeNull(), { timeout: 5000 });
  return within(screen.getByRole('group', { name: 'Address' })).getByRole('combobox', { name });
}

/**
 * Chromium (130 and later) puts a scrolling element that has no tabindex attribute in the Tab
 * order, and a region list scrolls; jsdom knows nothing of scrolling, so the test does what the
 * browser does: such a list becomes a Tab stop unless it says otherwise.
 */
async function openListAsChromiumSeesIt(): Promise<HTMLElement> {
  const listbox = await screen.findByRole('listbox');
  if (!listbox.hasAttribute('tabindex')) listbox.setAttribute('tabindex', '0');
  return listbox;
}

describe('AddressInput and the keyboard', () => {
  it('moves focus from an open province list to the next part on Tab, not to <body>', async () => {
    const { user } = renderFields(fields);
    await user.click(await part('Province'));
    await openListAsChromiumSeesIt();
    await user.tab();
    expect(document.activeElement).toBe(await part('City'));
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('moves focus from an open city list to the next field on Tab, and back with Shift+Tab', async () => {
    const { user } = renderFields(fields, { initial: { addr: { province: '广东省', city: '深圳市' } } });
    const city = await part('City');
    await user.click(city);
    await openListAsChromiumSeesIt();
    await user.tab();
    // The city's clear button comes first, then the next field.
    expect(document.activeElement).toBe(within(screen.getByRole('group', { name: 'Address' })).getAllByRole('button', { name: 'Clear' })[1]);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Note' }));
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(city);
  });
});
