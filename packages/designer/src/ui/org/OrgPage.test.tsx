import type { Locale } from '@formwork/runtime';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeOrgApi, type FakeOrgOptions } from '../../api/testing/createFakeOrgApi.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { OrgPage } from './OrgPage.js';

afterEach(() => cleanup());

const people: NonNullable<FakeOrgOptions['users']> = [
  { id: 'usr_admin', username: 'admin', name: 'Admin', role: 'admin', departmentId: null, disabled: false },
  { id: 'usr_li', username: 'li.na', name: 'Li Na', role: 'manager', departmentId: 'dep_sales', disabled: false },
  { id: 'usr_wang', username: 'wang.fang', name: 'Wang Fang', role: 'member', departmentId: 'dep_east', disabled: false },
];
const departments: NonNullable<FakeOrgOptions['departments']> = [
  { id: 'dep_sales', name: 'Sales', parentId: null, managerId: null },
  { id: 'dep_east', name: 'East', parentId: 'dep_sales', managerId: null },
  { id: 'dep_shanghai', name: 'Shanghai', parentId: 'dep_east', managerId: null },
  { id: 'dep_service', name: 'Service', parentId: null, managerId: null },
];

async function openPage(locale: Locale = 'en', options: FakeOrgOptions = {}) {
  const fake = createFakeOrgApi({ users: people, departments, locale, ...options });
  render(
    <LocaleContext.Provider value={localeTools(locale)}>
      <OrgPage api={fake.api} />
    </LocaleContext.Provider>,
  );
  const main = await screen.findByRole('region', { name: locale === 'en' ? 'Organisation' : '组织架构' });
  await within(main).findByRole('table');
  return { fake, user: userEvent.setup() };
}

const tree = () => screen.getByRole('list', { name: 'Department tree' });
/** The list item of a department in the tree (its button's parent row's item). */
const itemOf = (name: string) => within(tree()).getByRole('button', { name }).closest('li') as HTMLElement;
const options = (select: HTMLElement) => within(select).getAllByRole('option').map((option) => option.textContent);

describe('the department tree', () => {
  it('creates a department under a parent, with a manager picked from the members', async () => {
    const { fake, user } = await openPage();
    const opener = screen.getByRole('button', { name: 'New department' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'New department' });
    await user.type(within(dialog).getByLabelText('Department name'), 'Shenzhen');
    await user.selectOptions(within(dialog).getByLabelText('Parent department'), 'Sales');
    await user.selectOptions(within(dialog).getByLabelText('Manager'), 'Li Na (li.na)');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('Department “Shenzhen” created')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.calls.filter((call) => call.method === 'createDepartment')).toEqual([
      { method: 'createDepartment', args: [{ name: 'Shenzhen', parentId: 'dep_sales', managerId: 'usr_li' }] },
    ]);
    const shenzhen = itemOf('Shenzhen');
    expect(itemOf('Sales').contains(shenzhen)).toBe(true);
    expect(within(shenzhen).getByText('Manager: Li Na')).toBeTruthy();
    expect(document.activeElement).toBe(opener);
  });

  it('moves a department only under departments outside its own subtree', async () => {
    const { fake, user } = await openPage();
    await user.click(within(tree()).getByRole('button', { name: 'East' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit department “East”' });
    const parent = within(dialog).getByLabelText('Parent department');
    // Not itself, not Shanghai under it.
    expect(options(parent)).toEqual(['(None: top level)', 'Sales', 'Service']);
    expect((parent as HTMLSelectElement).value).toBe('dep_sales');
    await user.selectOptions(parent, 'Service');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Department “East” saved')).toBeTruthy();
    expect(fake.calls.find((call) => call.method === 'updateDepartment')?.args).toEqual(['dep_east', { name: 'East', parentId: 'dep_service', managerId: null }]);
    expect(itemOf('Service').contains(itemOf('East'))).toBe(true);
    expect(itemOf('Sales').contains(itemOf('East'))).toBe(false);
    // Its sub-department moved with it.
    expect(itemOf('East').contains(itemOf('Shanghai'))).toBe(true);
  });

  it('sets and clears the manager of a department, and renames it', async () => {
    const { user } = await openPage();
    await user.click(within(tree()).getByRole('button', { name: 'Service' }));
    let dialog = screen.getByRole('dialog', { name: 'Edit department “Service”' });
    await user.selectOptions(within(dialog).getByLabelText('Manager'), 'Wang Fang (wang.fang)');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(tree()).findByText('Manager: Wang Fang')).toBeTruthy();

    await user.click(within(tree()).getByRole('button', { name: 'Service' }));
    dialog = screen.getByRole('dialog', { name: 'Edit department “Service”' });
    expect((within(dialog).getByLabelText('Manager') as HTMLSelectElement).value).toBe('usr_wang');
    await user.clear(within(dialog).getByLabelText('Department name'));
    await user.type(within(dialog).getByLabelText('Department name'), 'Customer service');
    await user.selectOptions(within(dialog).getByLabelText('Manager'), '(None)');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const renamed = await within(tree()).findByRole('button', { name: 'Customer service' });
    expect(within(renamed.closest('li') as HTMLElement).queryByText(/Manager:/)).toBeNull();
  });
});

describe('the users', () => {
  it('creates a user in Chinese, showing the server’s password rule until it is met', async () => {
    const { fake, user } = await openPage('zh-CN');
    expect(screen.getByRole('heading', { level: 2, name: '组织架构' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '新建用户' }));
    const dialog = screen.getByRole('dialog', { name: '新建用户' });
    await user.type(within(dialog).getByLabelText('用户名'), 'zhao.lei');
    await user.type(within(dialog).getByLabelText('姓名'), '赵磊');
    await user.type(within(dialog).getByLabelText('初始密码'), 'short');
    await user.selectOptions(within(dialog).getByLabelText('角色'), '经理');
    await user.selectOptions(within(dialog).getByLabelText('部门'), 'Sales / East');
    await user.click(within(dialog).getByRole('button', { name: '创建' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('初始密码：密码至少 10 个字符');

    await user.clear(within(dialog).getByLabelText('初始密码'));
    await user.type(within(dialog).getByLabelText('初始密码'), 'Correct-horse-42');
    await user.click(within(dialog).getByRole('button', { name: '创建' }));
    expect(await screen.findByText('已创建用户“赵磊”')).toBeTruthy();
    const row = screen.getByRole('rowheader', { name: 'zhao.lei' }).closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent?.trim())).toEqual(['赵磊', '经理', 'Sales / East', '启用中', '编辑停用重置密码']);
    expect(fake.calls.filter((call) => call.method === 'createUser').at(-1)?.args).toEqual([
      { username: 'zhao.lei', name: '赵磊', role: 'manager', departmentId: 'dep_east', password: 'Correct-horse-42' },
    ]);
  });

  it('edits a user', async () => {
    const { user } = await openPage();
    await user.click(screen.getByRole('button', { name: 'Edit wang.fang' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit user “Wang Fang”' });
    expect(within(dialog).queryByLabelText('Initial password')).toBeNull();
    await user.selectOptions(within(dialog).getByLabelText('Department'), 'Service');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('User “Wang Fang” saved')).toBeTruthy();
    const row = screen.getByRole('rowheader', { name: 'wang.fang' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('Service')).toBeTruthy();
  });

  it('disables and enables a user, and shows why the last admin cannot be disabled', async () => {
    const { user } = await openPage();
    await user.click(screen.getByRole('button', { name: 'Disable wang.fang' }));
    expect(await screen.findByText('“Wang Fang” is disabled and signed out everywhere')).toBeTruthy();
    const row = () => screen.getByRole('rowheader', { name: 'wang.fang' }).closest('tr') as HTMLElement;
    expect(within(row()).getByText('Disabled')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Enable wang.fang' }));
    expect(await screen.findByText('“Wang Fang” is enabled')).toBeTruthy();
    expect(within(row()).getByText('Active')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Disable admin' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The last active admin cannot be disabled or given another role');
    expect(screen.getByRole('button', { name: 'Disable admin' })).toBeTruthy();
  });

  it('resets a password, showing the server’s refusal first', async () => {
    const { fake, user } = await openPage();
    await user.click(screen.getByRole('button', { name: 'Reset password for wang.fang' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset the password of “Wang Fang”' });
    const field = within(dialog).getByLabelText('New password');
    expect(document.activeElement).toBe(dialog);
    await user.type(field, 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Reset password' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('New password: must be at least 10 characters');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await user.clear(field);
    await user.type(field, 'Correct-horse-42');
    await user.click(within(dialog).getByRole('button', { name: 'Reset password' }));
    expect(await screen.findByText('The password of “Wang Fang” is reset')).toBeTruthy();
    expect(fake.users.find((stored) => stored.username === 'wang.fang')?.password).toBe('Correct-horse-42');
  });

  it('finds users by username, name or department', async () => {
    const { user } = await openPage();
    const search = screen.getByLabelText('Search users');
    await user.type(search, 'east');
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['wang.fang']);
    await user.clear(search);
    await user.type(search, 'LI N');
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['li.na']);
    await user.type(search, 'nobody');
    expect(screen.getByText('No users match.')).toBeTruthy();
  });

  it('keeps Tab inside a dialog and gives focus back when Escape closes it', async () => {
    const { user } = await openPage();
    const opener = screen.getByRole('button', { name: 'New user' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'New user' });
    const close = within(dialog).getByRole('button', { name: 'Close' });
    const create = within(dialog).getByRole('button', { name: 'Create' });
    create.focus();
    await user.tab();
    expect(document.activeElement).toBe(close);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(create);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

describe('importing users', () => {
  const csvFile = (lines: string[]) => new File([lines.join('\n')], 'users.csv', { type: 'text/csv' });

  it('lists every bad row by number and column, and imports nothing', async () => {
    const { fake, user } = await openPage();
    await user.click(screen.getByRole('button', { name: 'Import users' }));
    const dialog = screen.getByRole('dialog', { name: 'Import users' });
    expect(within(dialog).getByRole('link', { name: 'Download the CSV template' }).getAttribute('href')).toBe('/api/users/import/template?format=csv&lang=en');
    await user.upload(within(dialog).getByLabelText('File (CSV or XLSX)'), csvFile(['Username,Display name,Department', 'new.rep,New,Nowhere', 'li.na,Li,Sales', 'ok.rep,Ok,Sales']));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Row 2, column “Department”: No such department',
      'Row 3, column “Username”: This username is taken',
    ]);
    expect(within(alert).getByText('No user was imported. Fix these rows and import again:')).toBeTruthy();
    expect(fake.users.map((stored) => stored.username)).toEqual(['admin', 'li.na', 'wang.fang']);
  });

  it('says so in Chinese, then imports a good file and shows the generated passwords once', async () => {
    const { user } = await openPage('zh-CN');
    await user.click(screen.getByRole('button', { name: '导入用户' }));
    const dialog = screen.getByRole('dialog', { name: '导入用户' });
    const file = within(dialog).getByLabelText('文件（CSV 或 XLSX）');
    await user.upload(file, csvFile(['用户名,姓名,部门', 'a.rep,甲,Sales', 'a.rep,乙,Sales']));
    await user.click(within(dialog).getByRole('button', { name: '导入' }));
    expect(within(await within(dialog).findByRole('alert')).getByRole('listitem').textContent).toBe('第 3 行，“用户名”列：与第 2 行的用户名重复');

    await user.upload(file, csvFile(['用户名,姓名,部门,初始密码', 'a.rep,甲,Sales/East,', 'b.rep,乙,,Correct-horse-42']));
    await user.click(within(dialog).getByRole('button', { name: '导入' }));
    const status = await within(dialog).findByRole('status');
    expect(within(status).getByText('已导入 2 个用户')).toBeTruthy();
    expect(within(status).getAllByRole('row').map((row) => row.textContent)).toEqual(['用户名初始密码', 'a.repGenerated-pass-1']);
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(screen.getByRole('rowheader', { name: 'a.rep' })).toBeTruthy();
  });
});
