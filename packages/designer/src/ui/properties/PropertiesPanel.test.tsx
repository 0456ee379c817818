import { cleanup, act, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldById } from '../../store/testing/createTestStore.js';
import { renderEditor } from '../testing/renderEditor.js';

afterEach(() => cleanup());

describe('the properties panel', () => {
  it('asks to select a field when none is', () => {
    renderEditor();
    expect(screen.getByText('Select a field on the canvas to edit its settings')).toBeTruthy();
  });

  it('edits the label on leaving the input, as one undo step', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    act(() => void store.getState().addField('text'));
    const steps = store.getState().history.past.length;
    const label = screen.getByLabelText('Label');
    await user.clear(label);
    await user.type(label, 'Customer');
    expect(fieldById(store, 'f_1').label).not.toBe('Customer');
    await user.tab();
    expect(fieldById(store, 'f_1').label).toBe('Customer');
    expect(store.getState().history.past.length).toBe(steps + 1);
    expect(screen.getByRole('button', { name: 'Customer, Single-line text' })).toBeTruthy();
  });

  it('sets required, alias, number precision and unit', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    act(() => void store.getState().addField('number'));
    await user.click(screen.getByLabelText('Required'));
    await user.type(screen.getByLabelText('Alias'), 'qty{Enter}');
    await user.type(screen.getByLabelText('Decimal places'), '2{Enter}');
    await user.type(screen.getByLabelText('Unit'), 'pcs{Enter}');
    expect(fieldById(store, 'f_1')).toMatchObject({ required: true, alias: 'qty', precision: 2, unit: 'pcs' });
  });

  it('edits options: add, rename, reorder, remove and bulk paste', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    act(() => void store.getState().addField('select'));
    const options = () => {
      const field = fieldById(store, 'f_1');
      return field.type === 'select' ? field.options.map((o) => o.label) : [];
    };
    const before = options();
    await user.click(screen.getByRole('button', { name: 'Add option' }));
    expect(options()).toEqual([...before, 'Option 4']);
    const first = screen.getByLabelText('Text of option 1');
    await user.clear(first);
    await user.type(first, 'Visit{Enter}');
    expect(options()[0]).toBe('Visit');
    await user.click(screen.getByRole('button', { name: 'Move option 1 down' }));
    expect(options()[1]).toBe('Visit');
    await user.click(screen.getByRole('button', { name: 'Remove option 2' }));
    expect(options()).not.toContain('Visit');
    await user.click(screen.getByRole('button', { name: 'Bulk edit' }));
    const bulk = screen.getByLabelText('One option per line');
    await user.clear(bulk);
    await user.type(bulk, 'Call{Enter}Meeting{Enter}Email');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(options()).toEqual(['Call', 'Meeting', 'Email']);
  });

  it('shows the settings of the selected type only, in Chinese too', () => {
    const { store } = renderEditor({ locale: 'zh-CN' });
    act(() => void store.getState().addField('subform'));
    expect(screen.getByLabelText('最多行数')).toBeTruthy();
    expect(screen.queryByLabelText('小数位数')).toBeNull();
    act(() => void store.getState().addField('rating'));
    expect(screen.getByLabelText('最高分')).toBeTruthy();
  });

  it('sets a default value from the current user', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    act(() => void store.getState().addField('member'));
    const group = screen.getByRole('group', { name: 'Default value' });
    await user.selectOptions(within(group).getByLabelText('Default value'), 'Current user');
    expect(fieldById(store, 'f_1').defaultValue).toEqual({ kind: 'currentUser' });
  });

  it('edits serial number parts', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    act(() => void store.getState().addField('serial'));
    await user.click(screen.getByRole('button', { name: 'Add: Fixed text' }));
    const field = fieldById(store, 'f_1');
    const parts = field.type === 'serial' ? field.parts : [];
    expect(parts[parts.length - 1]).toEqual({ kind: 'text', value: 'NO-' });
    await user.click(screen.getByRole('button', { name: 'Remove part 1' }));
    const after = fieldById(store, 'f_1');
    expect(after.type === 'serial' && after.parts.length).toBe(parts.length - 1);
  });
});
