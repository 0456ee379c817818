import type { Locale, LocalizedText } from '@formwork/runtime';
import type { SheetCell } from '../cells/CellValue.js';

/** What a column of a user import holds. */
export type UserImportColumnKey = 'username' | 'name' | 'department' | 'role' | 'password';

export interface UserImportColumn {
  readonly key: UserImportColumnKey;
  /** The header a template writes, and the name a row error gives the column. */
  readonly header: LocalizedText;
  /** Other headers people write for it (compared without case or surrounding spaces). */
  readonly aliases: readonly string[];
}

/** The columns of a user import, in template order. Only the username is required. */
export const userImportColumns: readonly UserImportColumn[] = [
  { key: 'username', header: { 'zh-CN': '用户名', en: 'Username' }, aliases: ['账号', 'login'] },
  { key: 'name', header: { 'zh-CN': '姓名', en: 'Display name' }, aliases: ['name', '显示名'] },
  { key: 'department', header: { 'zh-CN': '部门', en: 'Department' }, aliases: [] },
  { key: 'role', header: { 'zh-CN': '角色', en: 'Role' }, aliases: [] },
  { key: 'password', header: { 'zh-CN': '初始密码', en: 'Initial password' }, aliases: ['密码', 'password'] },
];

/** Where each known column sits in the sheet; headers naming none are listed as ignored. */
export interface UserImportHeader {
  readonly indexes: ReadonlyMap<UserImportColumnKey, number>;
  readonly ignored: readonly string[];
  /** Headers naming a column another header already named. */
  readonly repeated: readonly string[];
}

const headerKey = (text: string): string => text.trim().toLowerCase();

const columnByHeader = new Map<string, UserImportColumnKey>(
  userImportColumns.flatMap((column) => [column.header['zh-CN'], column.header.en, ...column.aliases].map((header) => [headerKey(header), column.key] as const)),
);

/**
 * Reads the header row of a user import: each column by its Chinese or English header (any case)
 * or an alias, so the template of either language imports.
 *
 * @example
 * matchUserImportHeader(['用户名', 'Role', 'Notes']).indexes // Map { username → 0, role → 1 }
 */
export function matchUserImportHeader(headers: readonly SheetCell[]): UserImportHeader {
  const indexes = new Map<UserImportColumnKey, number>();
  const ignored: string[] = [];
  const repeated: string[] = [];
  headers.forEach((cell, index) => {
    const header = cell === null ? '' : String(cell).trim();
    if (header === '') return;
    const key = columnByHeader.get(headerKey(header));
    if (key === undefined) ignored.push(header);
    else if (indexes.has(key)) repeated.push(header);
    else indexes.set(key, index);
  });
  return { indexes, ignored, repeated };
}

/** The headers a template writes, in the caller's language. */
export function userImportTemplateHeaders(locale: Locale): string[] {
  return userImportColumns.map((column) => column.header[locale]);
}
