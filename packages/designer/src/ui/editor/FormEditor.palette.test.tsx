import { fieldCatalogue, fieldTypes } from '@formwork/runtime';
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderEditor } from '../testing/renderEditor.js';

afterEach(() => cleanup());

describe('the palette', () => {
  it('offers every field type of the engine, grouped, in English and Chinese', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const { unmount } = renderEditor({ locale });
      const palette = screen.getByRole('navigation', { name: locale === 'en' ? 'Fields' : '字段' });
      expect(within(palette).getAllByRole('button')).toHaveLength(fieldTypes.length);
      for (const type of fieldTypes) {
        const name = fieldCatalogue[type].name[locale];
        expect(within(palette).getByRole('button', { name: locale === 'en' ? `Add field: ${name}` : `添加字段：${name}` })).toBeTruthy();
      }
      expect(within(palette).getByRole('region', { name: locale === 'en' ? 'Members and departments' : '部门成员字段' })).toBeTruthy();
      unmount();
    }
  });

  it('appends a field on click and inserts after the selection with Enter', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Add field: Number' }));
    await user.click(screen.getByRole('button', { name: 'Add field: Date' }));
    expect(store.getState().schema.fields.map((f) => f.type)).toEqual(['number', 'date']);
    await user.click(screen.getByRole('button', { name: 'Number, Number' }));
    expect(store.getState().selectedId).toBe('f_1');
    screen.getByRole('button', { name: 'Add field: Phone' }).focus();
    await user.keyboard('{Enter}');
    expect(store.getState().schema.fields.map((f) => f.type)).toEqual(['number', 'phone', 'date']);
    expect(store.getState().selectedId).toBe('f_3');
  });

  it('adds into a subform when a column of it is selected, and a section after the subform', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Add field: Subform' }));
    store.getState().addField('number', { parentId: 'f_1' });
    await user.click(screen.getByRole('button', { name: 'Add field: Amount' }));
    await user.click(screen.getByRole('button', { name: 'Add field: Section' }));
    expect(store.getState().schema.fields.map((f) => [f.id, f.type === 'subform' ? f.fields.map((c) => c.type) : f.type])).toEqual([
      ['f_1', ['number', 'money']],
      ['f_4', 'section'],
    ]);
  });
});
