import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../files/testing/multipartBody.js';
import type { UserView } from '../org/userView.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

interface ImportAnswer {
  created: number;
  users: { row: number; id: string; username: string; name: string; initialPassword?: string }[];
}
interface ImportErrorBody {
  error: { code: string; message: string; details: { rows: number; errorCount: number; errors: { row: number; column: string; code: string; message: string }[] } };
}

let server: TestServer;
let admin: TestClient;
let sales: string;
let east: string;

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

function importUsers(client: TestClient, bytes: Uint8Array, name = 'users.csv', query = '') {
  const { body, contentType } = multipartBody({ name, type: name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv', bytes });
  return client.post<ImportAnswer & ImportErrorBody>(`/api/users/import${query}`, undefined, { rawBody: body, headers: { 'content-type': contentType, 'x-requested-with': 'test' } });
}

async function usernames(): Promise<string[]> {
  const list = await admin.get<{ items: UserView[] }>('/api/users');
  return list.body.items.map((user) => user.username).sort();
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  sales = (await admin.post<{ id: string }>('/api/departments', { name: '销售部' })).body.id;
  east = (await admin.post<{ id: string }>('/api/departments', { name: '华东', parentId: sales })).body.id;
  // A second "华东" elsewhere makes the bare name ambiguous.
  const service = (await admin.post<{ id: string }>('/api/departments', { name: '客服部' })).body.id;
  await admin.post('/api/departments', { name: '华东', parentId: service });
  await server.createUser({ username: 'existing.rep', password: 'Correct-horse-42' });
});
afterAll(() => server.close());

describe('POST /api/users/import', () => {
  it('is for admins only', async () => {
    const file = csv(['用户名', 'someone']);
    const { client: member } = await server.createUser({ role: 'member', password: 'Correct-horse-42' });
    const { client: manager } = await server.createUser({ role: 'manager', password: 'Correct-horse-42' });
    expect((await importUsers(member, file)).status).toBe(403);
    expect((await importUsers(manager, file)).status).toBe(403);
    expect((await importUsers(server.anonymous(), file)).status).toBe(401);
    expect(await usernames()).not.toContain('someone');
  });

  it('creates every user of a good file, by department path or unique name, who can then sign in', async () => {
    const before = await usernames();
    const file = csv([
      '用户名,姓名,部门,角色,初始密码,备注',
      'li.na,李娜,销售部/华东,经理,Correct-horse-42,ignored',
      'wang.fang,王芳,销售部,member,,',
      'zhao.lei,,,,Battery-staple-77,',
      ',,,,,',
    ]);
    const response = await importUsers(admin, file);
    expect(response.status).toBe(201);
    expect(response.body.created).toBe(3);
    expect(response.body.users.map(({ row, username, name }) => ({ row, username, name }))).toEqual([
      { row: 2, username: 'li.na', name: '李娜' },
      { row: 3, username: 'wang.fang', name: '王芳' },
      { row: 4, username: 'zhao.lei', name: 'zhao.lei' },
    ]);
    // Only the row without a password gets one back, and only this once.
    const [liNa, wangFang, zhaoLei] = response.body.users;
    expect(liNa?.initialPassword).toBeUndefined();
    expect(zhaoLei?.initialPassword).toBeUndefined();
    const generated = wangFang?.initialPassword ?? '';
    expect(generated.length).toBeGreaterThanOrEqual(12);

    const stored = (await admin.get<{ items: UserView[] }>('/api/users')).body.items;
    const byName = new Map(stored.map((user) => [user.username, user]));
    expect(byName.get('li.na')).toMatchObject({ role: 'manager', departmentId: east, disabled: false });
    expect(byName.get('wang.fang')).toMatchObject({ role: 'member', departmentId: sales });
    expect(byName.get('zhao.lei')).toMatchObject({ role: 'member', departmentId: null });
    expect(await usernames()).toEqual([...before, 'li.na', 'wang.fang', 'zhao.lei'].sort());

    const me = await (await server.login('li.na', 'Correct-horse-42')).get<{ user: { username: string } }>('/api/me');
    expect(me.body.user.username).toBe('li.na');
    expect((await server.login('wang.fang', generated)).sessionToken).toBeTruthy();
    expect((await server.login('zhao.lei', 'Battery-staple-77')).sessionToken).toBeTruthy();
  });

  it('lists every bad row with its number and column, in the caller’s language, and creates nobody', async () => {
    const before = await usernames();
    const file = csv([
      'Username,Display name,Department,Role,Initial password',
      'good.one,Good,销售部,member,Correct-horse-42',
      'Existing.Rep,Taken,,,Correct-horse-42',
      'new.rep,New,Nowhere,,Correct-horse-42',
      'new.rep,Again,,,Correct-horse-42',
      'boss,Boss,,owner,Correct-horse-42',
      'weak,Weak,,,short',
      'east.rep,East,华东,,Correct-horse-42',
      ',Nobody,,,Correct-horse-42',
    ]);
    const response = await importUsers(admin, file, 'users.csv', '?lang=en');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('import_invalid');
    expect(response.body.error.details.errorCount).toBe(7);
    expect(response.body.error.details.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 3, column: 'Username', code: 'username_taken' },
      { row: 4, column: 'Department', code: 'unknown_department' },
      { row: 5, column: 'Username', code: 'duplicate_username' },
      { row: 6, column: 'Role', code: 'bad_role' },
      { row: 7, column: 'Initial password', code: 'minLength' },
      { row: 8, column: 'Department', code: 'ambiguous_department' },
      { row: 9, column: 'Username', code: 'required' },
    ]);
    const messages = response.body.error.details.errors.map((error) => error.message);
    expect(messages[2]).toBe('Same username as row 4');
    expect(messages[5]).toBe('Several departments have this name; write its path, such as "Sales/East"');
    // All or nothing: the good first row was not created either.
    expect(await usernames()).toEqual(before);
  });

  it('answers row errors in Chinese too, naming the column as the file does', async () => {
    const response = await importUsers(admin, csv(['用户名,部门', 'zh.rep,不存在的部门']));
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('导入未执行：1 处错误，请改正后重新导入');
    expect(response.body.error.details.errors).toEqual([{ row: 2, column: '部门', fieldId: null, code: 'unknown_department', message: '部门不存在（可写路径，如“销售部/华东”）' }]);
  });

  it('refuses a file without a username column', async () => {
    const response = await importUsers(admin, csv(['姓名,部门', '李四,销售部']), 'users.csv', '?lang=en');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('no_columns');
  });

  it('reads an XLSX file, numbers as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Users');
    sheet.addRow(['username', 'name', 'department', 'role', 'password']);
    sheet.addRow(['xlsx.rep', 'Xlsx Rep', '销售部 / 华东', 'Admin', 'Correct-horse-42']);
    sheet.addRow([13800000001, 'Phone Login', null, null, 20250613874291]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await importUsers(admin, bytes, 'users.xlsx');
    expect(response.status).toBe(201);
    expect(response.body.users.map((user) => user.username)).toEqual(['xlsx.rep', '13800000001']);
    const stored = (await admin.get<{ items: UserView[] }>('/api/users')).body.items.find((user) => user.username === 'xlsx.rep');
    expect(stored).toMatchObject({ role: 'admin', departmentId: east });
    expect((await server.login('13800000001', '20250613874291')).sessionToken).toBeTruthy();
  });
});

describe('GET /api/users/import/template', () => {
  it('gives the column headers in the caller’s language, as CSV or XLSX, to admins only', async () => {
    const zh = await admin.get<string>('/api/users/import/template');
    expect(zh.status).toBe(200);
    expect(zh.headers.get('content-type')).toContain('text/csv');
    expect(zh.body).toBe('用户名,姓名,部门,角色,初始密码\r\n');
    const en = await admin.get<string>('/api/users/import/template?format=csv&lang=en');
    expect(en.body).toBe('Username,Display name,Department,Role,Initial password\r\n');
    const xlsx = await admin.get<string>('/api/users/import/template?format=xlsx');
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.body.startsWith('PK')).toBe(true);
    const { client: member } = await server.createUser({ password: 'Correct-horse-42' });
    expect((await member.get('/api/users/import/template')).status).toBe(403);
  });

  it('is a file the import takes back', async () => {
    const template = (await admin.get<string>('/api/users/import/template?lang=en')).body.replace(/^\uFEFF/, '');
    const response = await importUsers(admin, Buffer.from(`${template}from.template,From Template,销售部,,Correct-horse-42\r\n`));
    expect(response.status).toBe(201);
    expect(response.body.users[0]?.username).toBe('from.template');
  });
});
