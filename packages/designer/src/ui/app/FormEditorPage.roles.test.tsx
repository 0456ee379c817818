import { FORM_SCHEMA_VERSION } from '@formwork/runtime';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/testing/createFakeApi.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { createDraftStorage } from '../../persistence/draftStorage.js';
import { FormEditorPage } from './FormEditorPage.js';

afterEach(() => cleanup());

const noStorage = () => createDraftStorage({ getItem: () => null, setItem: () => undefined, removeItem: () => undefined });

describe('the editor page feeds the workflow’s role picker from the server', () => {
  it('offers the organisation roles of GET /api/roles by name, read once however often the tabs change', async () => {
    const fake = createFakeApi({ roles: [{ id: 'finance', name: '财务' }, { id: 'rol_1', name: '销售总监' }] });
    let reads = 0;
    const listRoles = fake.api.listRoles;
    fake.api.listRoles = async () => {
      reads++;
      return listRoles();
    };
    const { id } = await fake.api.createForm('app_1', { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Contracts', fields: [] });
    const user = userEvent.setup();
    render(
      <LocaleContext.Provider value={localeTools('zh-CN')}>
        <FormEditorPage api={fake.api} appId="app_1" formId={id} drafts={noStorage()} />
      </LocaleContext.Provider>,
    );
    await screen.findByRole('toolbar');
    await user.click(screen.getByRole('tab', { name: '流程设计' }));
    await user.click(await screen.findByRole('button', { name: '审批节点“审批人”' }));
    const addRole = within(screen.getByRole('complementary', { name: '节点设置：审批人' })).getByRole('combobox', { name: '添加角色' });
    expect(within(addRole).getAllByRole('option').map((option) => option.textContent)).toEqual(['添加角色…', '成员', '经理', '管理员', '财务', '销售总监']);

    await user.click(screen.getByRole('tab', { name: '表单设计' }));
    await user.click(screen.getByRole('tab', { name: '流程设计' }));
    await screen.findByRole('region', { name: '流程图' });
    expect(reads).toBe(1);
  });
});
