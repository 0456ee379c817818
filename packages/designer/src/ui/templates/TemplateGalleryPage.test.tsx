import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { Locale } from '@formwork/runtime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/ApiError.js';
import { createFakeApi } from '../../api/testing/createFakeApi.js';
import { createFakeTemplateApi, fakeCrmTemplate } from '../../api/testing/createFakeTemplateApi.js';
import type { TemplateApi } from '../../api/TemplateApi.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { createDraftStorage } from '../../persistence/draftStorage.js';
import { App } from '../app/App.js';
import { TemplateGalleryPage } from './TemplateGalleryPage.js';

afterEach(() => cleanup());
beforeEach(() => {
  window.location.hash = '';
});

function renderGallery(api: TemplateApi, locale: Locale) {
  return render(
    <LocaleContext.Provider value={localeTools(locale)}>
      <TemplateGalleryPage api={api} />
    </LocaleContext.Provider>,
  );
}

/** A promise a test resolves by hand: holds an install mid-way. */
function gate() {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { wait: () => opened, open: () => open() };
}

describe('the template gallery', () => {
  it('shows each template with what is inside, and installs it with sample data, announcing progress and the one-time password (zh-CN)', async () => {
    const user = userEvent.setup();
    const held = gate();
    const { api, calls } = createFakeTemplateApi({ gate: held.wait });
    renderGallery(api, 'zh-CN');
    expect(screen.getByRole('heading', { level: 2, name: '模板中心' })).toBeTruthy();
    const card = await screen.findByRole('article', { name: '客户关系管理（CRM）' });
    expect(within(card).getByText(/客户（查重、唯一负责人）/)).toBeTruthy();
    expect(within(card).getByText('表单（2）')).toBeTruthy();
    expect(within(card).getByText('客户、合同')).toBeTruthy();
    expect(within(card).getByText('角色（1）')).toBeTruthy();
    expect(within(card).queryByText(/考核方案/)).toBeNull(); // the CRM has none
    expect(within(card).getByText(/6 个部门、26 名成员、约 9,000 条记录/)).toBeTruthy();

    await user.click(within(card).getByRole('checkbox', { name: '同时安装示例数据' }));
    await user.click(within(card).getByRole('button', { name: '安装' }));
    const status = screen.getByRole('status');
    expect(within(status).getByText(/正在安装“客户关系管理（CRM）”和示例数据，可能需要几分钟/)).toBeTruthy();
    expect(within(status).getByRole('progressbar', { name: '安装进度' })).toBeTruthy();
    expect((within(card).getByRole('button', { name: '安装' }) as HTMLButtonElement).disabled).toBe(true);
    expect(calls).toEqual([{ name: 'crm', sampleData: true }]);

    held.open();
    expect(await within(status).findByText('已安装“客户关系管理（CRM）”：新应用“客户关系管理（CRM）”，2 个表单。')).toBeTruthy();
    expect(within(status).queryByRole('progressbar')).toBeNull();
    expect(within(status).getByRole('link', { name: '打开应用“客户关系管理（CRM）”' }).getAttribute('href')).toBe('#/apps/app_1');
    expect(within(status).getByText('写入了 120 条示例记录。')).toBeTruthy();
    expect(within(status).getByText(/创建了 26 名示例成员和 6 个部门/)).toBeTruthy();
    expect(within(status).getByText('Pw3xKq8mZt2rHn7c')).toBeTruthy();
    expect(within(status).getByRole('link', { name: '组织架构' }).getAttribute('href')).toBe('#/org');
    expect((within(card).getByRole('button', { name: '安装' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('installs without sample data, and a second sample install says the team exists, in English', async () => {
    const user = userEvent.setup();
    const { api, calls } = createFakeTemplateApi();
    renderGallery(api, 'en');
    const card = await screen.findByRole('article', { name: 'Customer relationship management (CRM)' });
    expect(within(card).getByText('Forms (2)')).toBeTruthy();
    expect(within(card).getByText(/6 departments, 26 people and about 9,000 records/)).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Install' }));
    const status = screen.getByRole('status');
    expect(await within(status).findByText('Installed “Customer relationship management (CRM)”: the new app “客户关系管理（CRM）” with 2 forms.')).toBeTruthy();
    expect(within(status).queryByText(/sample records/)).toBeNull();

    await user.click(within(card).getByRole('checkbox', { name: 'With sample data' }));
    await user.click(within(card).getByRole('button', { name: 'Install' }));
    await within(status).findByText(/Created 26 sample people/);
    await user.click(within(card).getByRole('button', { name: 'Install' }));
    expect(await within(status).findByText('The sample team already exists (26 people): they sign in with their usernames and passwords as before.')).toBeTruthy();
    expect(within(status).queryByText('Pw3xKq8mZt2rHn7c')).toBeNull();
    expect(calls.map((call) => call.sampleData)).toEqual([false, true, true]);
  });

  it('says when a scheme now reads another app', async () => {
    const user = userEvent.setup();
    const { api } = createFakeTemplateApi({
      install: () => ({ template: 'crm', app: { id: 'app_9', name: '客户关系管理（CRM）' }, forms: [], sampleData: null, links: [{ app: { id: 'app_2', name: '销售绩效管理' }, reads: { id: 'app_9', name: '客户关系管理（CRM）' } }] }),
    });
    renderGallery(api, 'zh-CN');
    await user.click(within(await screen.findByRole('article', { name: '客户关系管理（CRM）' })).getByRole('button', { name: '安装' }));
    expect(await screen.findByText('“销售绩效管理”的考核方案现在读取“客户关系管理（CRM）”的表单。')).toBeTruthy();
  });

  it('says what failed and that nothing was left behind, in both languages', async () => {
    const user = userEvent.setup();
    const failing = createFakeTemplateApi({
      install: () => {
        throw new ApiError(500, 'invalid_bundle', '模板“crm”有误');
      },
    });
    renderGallery(failing.api, 'zh-CN');
    await user.click(within(await screen.findByRole('article', { name: '客户关系管理（CRM）' })).getByRole('button', { name: '安装' }));
    expect((await screen.findByRole('alert')).textContent).toBe('安装“客户关系管理（CRM）”失败：模板“crm”有误（invalid_bundle）。安装是一次完成的，失败不会留下任何内容，可以重试。');
    cleanup();
    renderGallery(failing.api, 'en');
    await user.click(within(await screen.findByRole('article', { name: 'Customer relationship management (CRM)' })).getByRole('button', { name: 'Install' }));
    expect((await screen.findByRole('alert')).textContent).toContain('An install is all or nothing: nothing was left behind');
  });

  it('tells a member that only admins install templates', async () => {
    const api: TemplateApi = {
      listTemplates: () => Promise.reject(new ApiError(403, 'forbidden', 'Admins only')),
      installTemplate: () => Promise.reject(new Error('not called')),
    };
    renderGallery(api, 'en');
    expect((await screen.findByRole('alert')).textContent).toBe('Only admins can install templates.');
  });

  it('shows a template it has no translation for with the server’s texts, markup staying text', async () => {
    const { api } = createFakeTemplateApi({ templates: [{ ...fakeCrmTemplate, name: 'erp', title: '<b>ERP</b>', description: '<img src=x onerror=alert(1)>' }] });
    const { container } = renderGallery(api, 'en');
    expect(await screen.findByRole('article', { name: '<b>ERP</b>' })).toBeTruthy();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('is reached from the app list', async () => {
    const user = userEvent.setup();
    const drafts = createDraftStorage({ getItem: () => null, setItem: () => undefined, removeItem: () => undefined });
    render(<App api={createFakeApi().api} drafts={drafts} initialLocale="zh-CN" />);
    await user.click(await screen.findByRole('link', { name: '从模板安装应用' }));
    expect(await screen.findByRole('heading', { level: 2, name: '模板中心' })).toBeTruthy();
    expect(window.location.hash).toBe('#/templates');
  });
});
