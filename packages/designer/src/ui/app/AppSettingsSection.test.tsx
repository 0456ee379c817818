import { FORM_SCHEMA_VERSION, type Locale } from '@formwork/runtime';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/testing/createFakeApi.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { FormListPage } from './FormListPage.js';

afterEach(() => cleanup());

/** The page of app_1 holding 拜访, 跟进 and 报销 (frm_1…frm_3), its quick forms 跟进 then 拜访. */
async function openPage(locale: Locale) {
  const fake = createFakeApi();
  const ids: string[] = [];
  for (const title of ['拜访', '跟进', '报销']) ids.push((await fake.api.createForm('app_1', { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title, fields: [] })).id);
  await fake.api.updateApp('app_1', { quickForms: [ids[1] ?? '', ids[0] ?? ''], color: '#2f7cf6' });
  fake.calls.length = 0;
  render(
    <LocaleContext.Provider value={localeTools(locale)}>
      <FormListPage api={fake.api} appId="app_1" go={() => undefined} />
    </LocaleContext.Provider>,
  );
  return { fake, ids };
}

const updates = (fake: ReturnType<typeof createFakeApi>) => fake.calls.filter((call) => call.method === 'updateApp').map((call) => call.args[1]);

describe("the app's settings on its page (#15)", () => {
  it('shows the quick forms in order and saves a change of them, the icon and the colour (en)', async () => {
    const user = userEvent.setup();
    const { fake, ids } = await openPage('en');
    const settings = await screen.findByRole('region', { name: 'App settings' });
    const first = await within(settings).findByRole('combobox', { name: 'Quick form 1' });
    expect((first as HTMLSelectElement).value).toBe(ids[1]);
    expect((within(settings).getByRole('combobox', { name: 'Quick form 2' }) as HTMLSelectElement).value).toBe(ids[0]);
    expect((within(settings).getByRole('combobox', { name: 'Quick form 3' }) as HTMLSelectElement).value).toBe('');
    expect(within(settings).getByRole('group', { name: 'Quick forms' })).toBeTruthy();
    expect((within(settings).getByRole('textbox', { name: 'Colour' }) as HTMLInputElement).value).toBe('#2f7cf6');

    await user.selectOptions(within(settings).getByRole('combobox', { name: 'Quick form 2' }), '');
    await user.selectOptions(within(settings).getByRole('combobox', { name: 'Quick form 3' }), '报销');
    await user.type(within(settings).getByRole('textbox', { name: 'Icon' }), 'briefcase');
    await user.click(within(settings).getByRole('button', { name: 'Save app settings' }));
    expect(await within(settings).findByText('Saved')).toBeTruthy();
    // The empty slot between them says nothing: 跟进, then 报销.
    expect(updates(fake)).toEqual([{ icon: 'briefcase', color: '#2f7cf6', quickForms: [ids[1], ids[2]] }]);
    expect(await fake.api.getApp('app_1')).toMatchObject({ icon: 'briefcase', quickForms: [ids[1], ids[2]] });
  });

  it('refuses a colour that is not hex before sending, and sends a form picked twice once (zh-CN)', async () => {
    const user = userEvent.setup();
    const { fake, ids } = await openPage('zh-CN');
    const settings = await screen.findByRole('region', { name: '应用设置' });
    const colour = await within(settings).findByRole('textbox', { name: '颜色' });
    await user.clear(colour);
    await user.type(colour, 'blue');
    await user.click(within(settings).getByRole('button', { name: '保存应用设置' }));
    expect(within(settings).getByRole('alert').textContent).toBe('颜色必须是十六进制颜色，如 #2f7cf6');
    expect(updates(fake)).toEqual([]);

    await user.clear(colour);
    await user.selectOptions(within(settings).getByRole('combobox', { name: '快捷表单 3' }), '跟进');
    await user.click(within(settings).getByRole('button', { name: '保存应用设置' }));
    expect(await within(settings).findByText('已保存')).toBeTruthy();
    expect(within(settings).queryByRole('alert')).toBeNull();
    expect(updates(fake)).toEqual([{ icon: null, color: null, quickForms: [ids[1], ids[0]] }]);
  });
});
