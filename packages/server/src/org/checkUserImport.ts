import type { Locale, LocalizedText, Role } from '@formwork/runtime';
import { HttpError } from '../http/HttpError.js';
import type { ValidationIssue } from '../http/validation/ValueSchema.js';
import type { SheetCell } from '../cells/CellValue.js';
import { importInvalid, tooManyRows, type ImportRowError } from '../importExport/importErrors.js';
import type { SheetRow } from '../importExport/SheetRow.js';
import { usernameKey } from '../storage/UserStore.js';
import type { DepartmentLookup } from './createDepartmentLookup.js';
import { matchUserImportHeader, userImportColumns, type UserImportColumnKey } from './userImportColumns.js';
import { createUserBody } from './userSchemas.js';

/** A row that passed every check: the user it will create. */
export interface PlannedUser {
  readonly row: number;
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  readonly departmentId: string | null;
  readonly password: string;
  /** The file gave no password: this one was made up and is shown to the admin once. */
  readonly generated: boolean;
}

export interface UserImportSetup {
  readonly departments: DepartmentLookup;
  /** Whether a stored user already has this username (any case); asks the user store. */
  readonly isUsernameTaken: (username: string) => Promise<boolean>;
  readonly generatePassword: () => string;
  readonly maxRows: number;
  readonly locale: Locale;
}

const roleWords = new Map<string, Role>([
  ['member', 'member'],
  ['成员', 'member'],
  ['manager', 'manager'],
  ['经理', 'manager'],
  ['admin', 'admin'],
  ['管理员', 'admin'],
]);

const messages = {
  badRole: { 'zh-CN': '角色须为“成员”“经理”或“管理员”（或 member、manager、admin）', en: 'The role must be Member, Manager or Admin (or 成员, 经理, 管理员)' },
  unknownDepartment: { 'zh-CN': '部门不存在（可写路径，如“销售部/华东”）', en: 'No such department (a path such as "Sales/East" also works)' },
  ambiguousDepartment: { 'zh-CN': '有多个同名部门，请写出完整路径，如“销售部/华东”', en: 'Several departments have this name; write its path, such as "Sales/East"' },
  usernameTaken: { 'zh-CN': '用户名已被使用', en: 'This username is taken' },
  repeatedColumn: { 'zh-CN': '此列与前面的列重复', en: 'This column repeats an earlier one' },
} satisfies Record<string, LocalizedText>;

const duplicateInFile = (first: number): LocalizedText => ({ 'zh-CN': `与第 ${first} 行的用户名重复`, en: `Same username as row ${first}` });

/** 400 `no_columns`: the first row has no username column. */
function noUsernameColumn(): HttpError {
  return new HttpError(400, 'no_columns', {
    'zh-CN': '第一行须有“用户名”列（可下载模板）',
    en: 'The first row must have a "Username" column (download the template)',
  });
}

// Which column an issue of `createUserBody` is about.
const columnOfPointer: Readonly<Record<string, UserImportColumnKey>> = { '/username': 'username', '/name': 'name', '/role': 'role', '/password': 'password' };

/**
 * Checks every row of a user import and answers the users to create, or throws 400
 * `import_invalid` listing every bad row (row number as the spreadsheet shows it, column as the
 * file names it): a missing or repeated username (in the file, or already stored, regardless of
 * case), an unknown or ambiguous department, an unknown role, and whatever `createUserBody`
 * refuses — the very rules of `POST /api/users`, so a weak password is refused here as there.
 * Blank rows are skipped. A row without a password gets a generated one.
 */
export async function checkUserImport(sheet: Iterable<SheetRow>, setup: UserImportSetup): Promise<PlannedUser[]> {
  const { locale } = setup;
  const rows = sheet[Symbol.iterator]();
  const first = rows.next();
  if (first.done) throw noUsernameColumn();
  const header = matchUserImportHeader(first.value.cells);
  const usernameIndex = header.indexes.get('username');
  if (usernameIndex === undefined) throw noUsernameColumn();
  const headerText = (key: UserImportColumnKey): string => {
    const index = header.indexes.get(key);
    const written = index === undefined ? '' : cellText(first.value.cells[index] ?? null);
    return written || (userImportColumns.find((column) => column.key === key)?.header[locale] ?? key);
  };

  const errors: ImportRowError[] = header.repeated.map((column) => ({ row: first.value.number, column, fieldId: null, code: 'repeated_column', message: messages.repeatedColumn[locale] }));
  const planned: PlannedUser[] = [];
  const firstRowOf = new Map<string, number>();
  let count = 0;
  for (let next = rows.next(); !next.done; next = rows.next()) {
    const row = next.value;
    const cell = (key: UserImportColumnKey): string => {
      const index = header.indexes.get(key);
      return index === undefined ? '' : cellText(row.cells[index] ?? null);
    };
    if (row.cells.every((value) => cellText(value) === '')) continue;
    if (++count > setup.maxRows) throw tooManyRows(setup.maxRows);
    const fail = (key: UserImportColumnKey, code: string, message: LocalizedText | string): void => {
      errors.push({ row: row.number, column: headerText(key), fieldId: null, code, message: typeof message === 'string' ? message : message[locale] });
    };
    const before = errors.length;

    const username = cell('username');
    const roleText = cell('role');
    const role = roleText === '' ? 'member' : roleWords.get(roleText.toLowerCase());
    if (role === undefined) fail('role', 'bad_role', messages.badRole);
    // Spaces are part of a password: only a blank cell means "make one up".
    const passwordIndex = header.indexes.get('password');
    const passwordCell = passwordIndex === undefined ? null : (row.cells[passwordIndex] ?? null);
    const givenPassword = cellText(passwordCell) === '' ? '' : String(passwordCell);
    const password = givenPassword === '' ? setup.generatePassword() : givenPassword;
    const issues: ValidationIssue[] = [];
    const body = createUserBody.check({ username, password, name: cell('name') || username, role: role ?? 'member' }, '', issues);
    for (const issue of issues) fail(columnOfPointer[issue.pointer] ?? 'username', issue.code, issue.message);

    const departmentText = cell('department');
    let departmentId: string | null = null;
    if (departmentText !== '') {
      const match = setup.departments.find(departmentText);
      if (match.kind === 'found') departmentId = match.id;
      else fail('department', `${match.kind}_department`, match.kind === 'unknown' ? messages.unknownDepartment : messages.ambiguousDepartment);
    }

    if (username !== '') {
      const key = usernameKey(body.username);
      const seen = firstRowOf.get(key);
      if (seen !== undefined) fail('username', 'duplicate_username', duplicateInFile(seen));
      else {
        firstRowOf.set(key, row.number);
        if (await setup.isUsernameTaken(body.username)) fail('username', 'username_taken', messages.usernameTaken);
      }
    }
    if (errors.length === before) {
      planned.push({ row: row.number, username: body.username, name: body.name ?? body.username, role: body.role ?? 'member', departmentId, password, generated: givenPassword === '' });
    }
  }
  if (errors.length > 0) throw importInvalid(errors, count, errors.length);
  return planned;
}

/** A cell as text: spreadsheets store a numeric username or password (`123456`) as a number. */
function cellText(cell: SheetCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell).trim();
}
