import { FORM_SCHEMA_VERSION, type FieldDefinition, type FormSchema } from '@formwork/runtime';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/testing/createFakeApi.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { createDraftStorage } from '../../persistence/draftStorage.js';
import { FormEditorPage } from '../app/FormEditorPage.js';

afterEach(() => cleanup());

const form = (fields: FieldDefinition[]): FormSchema => ({ kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: '客户拜访记录', fields });
const customer: FieldDefinition = { id: 'f_customer', type: 'text', label: '客户' };
const amount: FieldDefinition = { id: 'f_amount', type: 'number', label: '金额' };
const version1 = form([customer, amount]);
const version2 = form([{ ...customer, label: '客户名称' }, { ...amount, type: 'money' }, { id: 'f_phone', type: 'phone', label: '电话' }]);

let fake: ReturnType<typeof createFakeApi>;
let formId: string;

beforeEach(async () => {
  fake = createFakeApi();
  formId = (await fake.api.createForm('app_1', version1)).id;
  await fake.api.publish(formId);
  fake.saveElsewhere(formId, version2);
  await fake.api.publish(formId);
  fake.saveElsewhere(formId, form([{ ...customer, label: '客户名称', required: true }]));
});

async function openVersions(locale: 'en' | 'zh-CN') {
  const map = new Map<string, string>();
  const drafts = createDraftStorage({ getItem: (key) => map.get(key) ?? null, setItem: (key, value) => void map.set(key, value), removeItem: (key) => void map.delete(key) });
  render(createElement(LocaleContext.Provider, { value: localeTools(locale) }, createElement(FormEditorPage, { api: fake.api, appId: 'app_1', formId, drafts })));
  await screen.findByRole('toolbar');
  await userEvent.setup().click(screen.getByRole('button', { name: locale === 'en' ? 'Versions' : '版本' }));
  return screen.getByRole('dialog', { name: locale === 'en' ? 'Versions' : '版本记录' });
}

describe('the versions dialog', () => {
  it('shows what changed between two versions, and from a version to the draft', async () => {
    const user = userEvent.setup();
    const dialog = await openVersions('en');
    // By default: the newest version against the current draft.
    const toDraft = await within(dialog).findByRole('list', { name: 'Changes from Version 2 to The current draft' });
    expect(within(toDraft).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Changed the settings of “客户名称”: Required',
      'Removed “金额” (Amount)',
      'Removed “电话” (Phone)',
    ]);
    await user.selectOptions(within(dialog).getByLabelText('Compare from'), 'Version 1');
    await user.selectOptions(within(dialog).getByLabelText('Compare to'), 'Version 2');
    const between = await within(dialog).findByRole('list', { name: 'Changes from Version 1 to Version 2' });
    expect(within(between).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Renamed “客户” to “客户名称”',
      'Changed the type of “金额” from Number to Amount',
      'Added “电话” (Phone)',
    ]);
  });

  it('restores an old version as the draft after a confirmation, saved the usual way (in Chinese)', async () => {
    const user = userEvent.setup();
    const dialog = await openVersions('zh-CN');
    await within(dialog).findByRole('list', { name: '从版本 2到当前草稿的修改' });
    await user.click(within(dialog).getByRole('button', { name: '将版本 1 恢复为草稿' }));
    const confirm = within(dialog).getByRole('group', { name: '确认恢复版本 1' });
    expect(confirm.textContent).toContain('用版本 1 替换当前草稿并保存？');
    // Cancelling changes nothing.
    await user.click(within(confirm).getByRole('button', { name: '取消' }));
    expect(fake.calls.some((call) => call.method === 'saveDraft')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: '将版本 1 恢复为草稿' }));
    await user.click(within(within(dialog).getByRole('group', { name: '确认恢复版本 1' })).getByRole('button', { name: '恢复并保存' }));
    expect((await within(dialog).findByRole('status')).textContent).toBe('已将版本 1 恢复为草稿');
    expect(fake.forms.get(formId)?.draft).toEqual(version1);
    // The draft is now version 1 itself.
    await user.selectOptions(within(dialog).getByLabelText('比较的旧版本'), '版本 1');
    expect(await within(dialog).findByText('没有修改')).toBeTruthy();
  });
});
