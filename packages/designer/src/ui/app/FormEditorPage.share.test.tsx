import { FORM_SCHEMA_VERSION, type Locale } from '@formwork/runtime';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/testing/createFakeApi.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { createDraftStorage } from '../../persistence/draftStorage.js';
import { FormEditorPage } from './FormEditorPage.js';

afterEach(() => cleanup());

const noStorage = () => createDraftStorage({ getItem: () => null, setItem: () => undefined, removeItem: () => undefined });

async function openForm(locale: Locale) {
  const fake = createFakeApi();
  const { id } = await fake.api.createForm('app_1', { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Survey', fields: [{ id: 'f_name', type: 'text', label: 'Name' }] });
  render(
    <LocaleContext.Provider value={localeTools(locale)}>
      <FormEditorPage api={fake.api} appId="app_1" formId={id} drafts={noStorage()} />
    </LocaleContext.Provider>,
  );
  await screen.findByRole('toolbar');
  return { fake, id };
}

describe('sharing a form from the editor', () => {
  it('turns the public link on in the form settings, and after publishing shows the fill link, the public link and its QR code', async () => {
    const user = userEvent.setup();
    const { fake, id } = await openForm('en');
    expect(screen.queryByRole('region', { name: 'Share the form' })).toBeNull();

    await user.click(screen.getByRole('tab', { name: 'Form' }));
    await user.click(screen.getByRole('checkbox', { name: 'Public link: anyone with the link may fill it in without signing in' }));
    expect(screen.getByText(/A public form cannot hold member, department, linked-record or file fields/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Publish' }));

    const share = await screen.findByRole('region', { name: 'Share the form' });
    expect(fake.forms.get(id)?.versions.at(-1)?.schema.settings?.publicLink).toEqual({ enabled: true });
    const origin = window.location.origin;
    expect(within(share).getByRole('textbox', { name: 'Fill-in link (signed-in users)' })).toHaveProperty('value', `${origin}/f/${id}`);
    expect(within(share).getByRole('textbox', { name: 'Public link (no sign-in)' })).toHaveProperty('value', `${origin}/p/token_${id}`);
    const qr = await within(share).findByRole('img', { name: `QR code of the public link: ${origin}/p/token_${id}` });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(within(share).getByRole('link', { name: 'Open: Public link (no sign-in)' }).getAttribute('href')).toBe(`${origin}/p/token_${id}`);
  });

  it('shows only the fill link for a published form without a public link, in Chinese', async () => {
    const user = userEvent.setup();
    await openForm('zh-CN');
    await user.click(screen.getByRole('button', { name: '发布' }));
    const share = await screen.findByRole('region', { name: '分享表单' });
    expect(within(share).getByRole('textbox', { name: '填写链接（需登录）' })).toBeTruthy();
    expect(within(share).queryByRole('textbox', { name: '公开链接（无需登录）' })).toBeNull();
    expect(within(share).queryByRole('img')).toBeNull();
  });

  it('shows the public link and its QR code in Chinese', async () => {
    const user = userEvent.setup();
    await openForm('zh-CN');
    await user.click(screen.getByRole('tab', { name: '表单属性' }));
    await user.click(screen.getByRole('checkbox', { name: '公开链接（外链）：任何人无需登录即可填写' }));
    await user.click(screen.getByRole('button', { name: '发布' }));
    const share = await screen.findByRole('region', { name: '分享表单' });
    expect(await within(share).findByRole('img', { name: /^公开链接的二维码：/ })).toBeTruthy();
  });
});
