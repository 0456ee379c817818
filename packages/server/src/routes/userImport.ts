import { hashPassword } from '../auth/passwordHash.js';
import { receiveFile } from '../files/receiveFile.js';
import { ApiRouter } from '../http/ApiRouter.js';
import { HttpError } from '../http/HttpError.js';
import { v } from '../http/validation/v.js';
import { readSheet } from '../importExport/readSheet.js';
import { writeCsvExport, writeXlsxExport } from '../importExport/writeExport.js';
import { checkUserImport, type PlannedUser } from '../org/checkUserImport.js';
import { createDepartmentLookup } from '../org/createDepartmentLookup.js';
import { userImportTemplateHeaders } from '../org/userImportColumns.js';
import type { ServerContext } from '../ServerContext.js';

// A user list is small; these bounds keep a stray big file from costing anything.
const maxBytes = 2 * 1024 * 1024;
// Each new user costs a scrypt hash (tens of milliseconds at the default cost).
const maxRows = 1000;
const xlsxLimits = { maxEntries: 100, maxUnpackedBytes: 16 * 1024 * 1024, maxCompressionRatio: 200 };
// libuv runs four scrypt hashes at once by default; more in flight would only queue.
const hashesAtOnce = 4;

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const importedUserSchema = {
  type: 'object',
  properties: {
    row: { type: 'integer' },
    id: { type: 'string' },
    username: { type: 'string' },
    name: { type: 'string' },
    initialPassword: { type: 'string', description: 'Only for rows without a password: generated, shown this once' },
  },
};

/**
 * Importing users from a CSV or XLSX sheet (`POST /api/users/import`, all or nothing, every bad
 * row listed) and the sheet template (`GET /api/users/import/template`). Admins only.
 */
export function userImportRoutes(context: ServerContext): ApiRouter {
  const { stores, settings } = context;
  const api = new ApiRouter();

  api.route(
    {
      method: 'post',
      path: '/api/users/import',
      summary: 'Create users from a CSV or XLSX file',
      description:
        'multipart/form-data with a part named "file" (or the raw file with its content type), plus X-Requested-With. The first row names the columns in Chinese or English: 用户名/Username (required), 姓名/Display name, 部门/Department (a path such as 销售部/华东, a name only one department has, or an id), 角色/Role (成员/经理/管理员 or member/manager/admin; empty is member), 初始密码/Initial password (empty: one is generated and answered once). Passwords follow the rules of POST /api/users. If any row is bad nothing is created and details.errors lists each {row, column, code, message}.',
      tags: ['organisation'],
      access: 'admin',
      headers: { 'X-Requested-With': 'Required for non-JSON writes (CSRF)' },
      responses: {
        201: { description: '{ created, users: [{ row, id, username, name, initialPassword? }] }', schema: { type: 'object', properties: { created: { type: 'integer' }, users: { type: 'array', items: importedUserSchema } } } },
        400: { description: 'import_invalid (details.errors: every bad row), no_columns, invalid_csv, unreadable_file, invalid_upload' },
        409: { description: 'username_taken or department_gone: changed by someone else while the file was checked; nothing was created' },
        413: { description: 'file_too_large, too_many_rows, xlsx_too_large' },
      },
    },
    async ({ req, res, locale }) => {
      const file = await receiveFile(req, { maxBytes });
      const sheet = await readSheet(file.bytes ?? Buffer.alloc(0), { maxRows, xlsx: xlsxLimits });
      const planned = await checkUserImport(sheet.rows, {
        departments: createDepartmentLookup(await stores.departments.list()),
        isUsernameTaken: (username) => stores.users.isUsernameTaken(username),
        generatePassword: () => context.randomBytes(12).toString('base64url'),
        maxRows,
        locale,
      });
      // Hashed before the transaction, which must await nothing but its own stores.
      const hashes = await hashAll(planned, (user) => hashPassword(user.password, settings.passwordHashCost, context.randomBytes));
      const created = await stores.transaction(async (tx) => {
        const done = [];
        for (const [index, user] of planned.entries()) {
          // Checked again: the file was read while others could write.
          if (await tx.users.isUsernameTaken(user.username)) throw takenMeanwhile(user);
          if (user.departmentId !== null && !(await tx.departments.findById(user.departmentId))) throw departmentGone(user);
          const stored = await tx.users.create({
            id: context.newId('usr'),
            username: user.username,
            name: user.name,
            role: user.role,
            departmentId: user.departmentId,
            locale: null,
            passwordHash: hashes[index] ?? '',
            createdAt: context.now(),
          });
          done.push({ row: user.row, id: stored.id, username: stored.username, name: stored.name, ...(user.generated ? { initialPassword: user.password } : {}) });
        }
        return done;
      });
      res.status(201);
      return { created: created.length, users: created };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/users/import/template',
      summary: 'An empty user import sheet (CSV or XLSX) with the column headers in your language',
      tags: ['organisation'],
      access: 'admin',
      query: v.object({ format: v.optional(v.oneOf(['csv', 'xlsx'])) }),
      responses: { 200: { description: 'The file (CSV: UTF-8 with BOM)' } },
    },
    async ({ res, query, locale }) => {
      const format = query.format ?? 'csv';
      const fileName = `${locale === 'zh-CN' ? '导入用户模板' : 'user-import-template'}.${format}`;
      res.status(200).set({
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : xlsxType,
        'Content-Disposition': `attachment; filename="user-import-template.${format}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      });
      const headers = userImportTemplateHeaders(locale);
      if (format === 'csv') await writeCsvExport(res, headers, []);
      else await writeXlsxExport(res, locale === 'zh-CN' ? '用户' : 'Users', headers, []);
      return undefined;
    },
  );

  return api;
}

/** Runs `hash` over every user, a few at a time, keeping their order. */
async function hashAll(users: readonly PlannedUser[], hash: (user: PlannedUser) => Promise<string>): Promise<string[]> {
  const hashes: string[] = [];
  for (let start = 0; start < users.length; start += hashesAtOnce) {
    hashes.push(...(await Promise.all(users.slice(start, start + hashesAtOnce).map(hash))));
  }
  return hashes;
}

function takenMeanwhile(user: PlannedUser): HttpError {
  return new HttpError(409, 'username_taken', {
    'zh-CN': `第 ${user.row} 行的用户名“${user.username}”刚被他人使用，未导入任何用户，请重新导入`,
    en: `The username "${user.username}" of row ${user.row} was taken meanwhile; nothing was imported, import again`,
  }, { row: user.row });
}

function departmentGone(user: PlannedUser): HttpError {
  return new HttpError(409, 'department_gone', {
    'zh-CN': `第 ${user.row} 行的部门刚被删除，未导入任何用户，请重新导入`,
    en: `The department of row ${user.row} was deleted meanwhile; nothing was imported, import again`,
  }, { row: user.row });
}
