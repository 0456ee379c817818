import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderFields } from '../testing/renderFields.js';

describe('AddressInput', () => {
  it('collects province, city, district and street under one group', async () => {
    const { session, user } = renderFields([{ id: 'addr', type: 'address', label: 'Address' }], { locale: 'zh-CN' });
    const group = screen.getByRole('group', { name: 'Address' });
    await user.selectOptions(within(group).getByRole('combobox', { name: '省/自治区/直辖市' }), '广东省');
    await user.type(within(group).getByRole('textbox', { name: '市' }), '深圳市');
    await user.type(within(group).getByRole('textbox', { name: '详细地址' }), '科技园');
    expect(session.getValue('/addr')).toEqual({ province: '广东省', city: '深圳市', detail: '科技园' });
  });

  it('stops at the level the field asks for', () => {
    renderFields([{ id: 'addr', type: 'address', label: 'Region', level: 'city' }]);
    expect(screen.getByRole('textbox', { name: 'City' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'District' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Street address' })).toBeNull();
  });
});
