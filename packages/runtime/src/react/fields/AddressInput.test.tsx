import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AddressField } from '../../engine/index.js';
import { renderFields, type RenderedFields } from '../testing/renderFields.js';

const address = (level?: AddressField['level']): AddressField =>
  level === undefined ? { id: 'addr', type: 'address', label: 'Address' } : { id: 'addr', type: 'address', label: 'Address', level };

/** Waits for the lazily loaded region lists, then returns the part named `name`. */
async function part(name: string): Promise<HTMLElement> {
  const group = screen.getByRole('group', { name: 'Address' });
  // The first load imports the whole data set, which takes a while on a busy machine.
  await waitFor(() => expect(screen.queryByText('Loading the region list…')).toBeNull(), { timeout: 5000 });
  return within(group).getByRole('combobox', { name });
}

async function pick({ user }: RenderedFields, name: string, option: string): Promise<void> {
  await user.click(await part(name));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function optionsOf({ user }: RenderedFields, name: string): Promise<string[]> {
  await user.click(await part(name));
  const listbox = await screen.findByRole('listbox');
  const names = within(listbox).queryAllByRole('option').map((o) => o.textContent ?? '');
  await user.keyboard('{Escape}');
  return names;
}

describe('AddressInput cascade', () => {
  it('says the lists are loading until they arrive', async () => {
    renderFields([address()]);
    expect(screen.getByRole('status').textContent).toBe('Loading the region list…');
    await part('Province');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers only the chosen province’s cities and the chosen city’s districts', async () => {
    const rendered = renderFields([address()]);
    await pick(rendered, 'Province', '广东省');
    const cities = await optionsOf(rendered, 'City');
    expect(cities).toContain('深圳市');
    expect(cities).toContain('广州市');
    expect(cities).not.toContain('杭州市');
    await pick(rendered, 'City', '深圳市');
    const districts = await optionsOf(rendered, 'District');
    expect(districts).toContain('南山区');
    expect(districts).not.toContain('天河区'); // a district of 广州市
    await pick(rendered, 'District', '南山区');
    await rendered.user.type(screen.getByRole('textbox', { name: 'Street address' }), '科技园');
    expect(rendered.session.getValue('/addr')).toEqual({ province: '广东省', city: '深圳市', district: '南山区', detail: '科技园' });
  });

  it('searches as you type and picks with the keyboard', async () => {
    const rendered = renderFields([address('province')]);
    await rendered.user.click(await part('Province'));
    await rendered.user.keyboard('浙江{Enter}');
    expect(rendered.session.getValue('/addr')).toEqual({ province: '浙江省' });
  });

  it('clears city and district when the province changes, and the district when the city does', async () => {
    const rendered = renderFields([address()], { initial: { addr: { province: '广东省', city: '深圳市', district: '南山区', detail: '科技园' } } });
    await pick(rendered, 'City', '广州市');
    expect(rendered.session.getValue('/addr')).toEqual({ province: '广东省', city: '广州市', detail: '科技园' });
    await pick(rendered, 'Province', '浙江省');
    expect(rendered.session.getValue('/addr')).toEqual({ province: '浙江省', detail: '科技园' });
    expect(await optionsOf(rendered, 'City')).toContain('杭州市');
  });

  it('stops at the level the field asks for', async () => {
    renderFields([address('city')]);
    expect(await part('City')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'District' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Street address' })).toBeNull();
  });

  it('asks for the province before offering cities', async () => {
    renderFields([address('district')]);
    expect((await part('City')).getAttribute('placeholder')).toBe('Choose a province first');
    expect((await part('District')).getAttribute('placeholder')).toBe('Choose a city first');
  });

  it('fills in a municipality’s single city and offers its districts', async () => {
    const rendered = renderFields([address('district')]);
    await pick(rendered, 'Province', '北京市');
    expect(rendered.session.getValue('/addr')).toEqual({ province: '北京市', city: '北京市' });
    const districts = await optionsOf(rendered, 'District');
    expect(districts).toEqual(expect.arrayContaining(['朝阳区', '海淀区']));
    expect(districts).not.toContain('南山区');
  });

  it('still shows stored names that are not in the lists', async () => {
    renderFields([address()], { initial: { addr: { province: '广东', city: '老城区', district: '旧镇', detail: '1号' } } });
    expect(await part('Province')).toHaveProperty('value', '广东');
    expect(await part('City')).toHaveProperty('value', '老城区');
    expect(await part('District')).toHaveProperty('value', '旧镇');
    expect(screen.getByRole('textbox', { name: 'Street address' })).toHaveProperty('value', '1号');
  });

  it('names each part in Chinese', async () => {
    renderFields([address()], { locale: 'zh-CN' });
    const group = screen.getByRole('group', { name: 'Address' });
    expect(await within(group).findByRole('combobox', { name: '省份' })).toBeTruthy();
    expect(within(group).getByRole('combobox', { name: '城市' })).toBeTruthy();
    expect(within(group).getByRole('combobox', { name: '区县' })).toBeTruthy();
    expect(within(group).getByRole('textbox', { name: '详细地址' })).toBeTruthy();
  });
});
