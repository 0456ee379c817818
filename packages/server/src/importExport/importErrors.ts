import { HttpError } from '../http/HttpError.js';

/** One problem of an import: the spreadsheet row (header = 1), the column and field, the reason. */
export interface ImportRowError {
  readonly row: number;
  readonly column: string | null;
  readonly fieldId: string | null;
  readonly code: string;
  readonly message: string;
}

/** Most errors one answer lists (`errorCount` counts them all). */
export const maxListedImportErrors = 10_000;

/** 400 `import_invalid`: nothing was imported; `details.errors` lists every bad row. */
export function importInvalid(errors: readonly ImportRowError[], rows: number, errorCount: number): HttpError {
  return new HttpError(
    400,
    'import_invalid',
    { 'zh-CN': `导入未执行：${errorCount} 处错误，请改正后重新导入`, en: `Nothing was imported: ${errorCount} problems; fix them and import again` },
    { rows, errorCount, errors },
  );
}

/** 400 `no_columns`: no header names an importable field. */
export function noImportColumns(): HttpError {
  return new HttpError(400, 'no_columns', {
    'zh-CN': '第一行没有与表单字段对应的列名（可用字段名称、别名或 ID）',
    en: 'The first row names no field of the form (use field labels, aliases or ids)',
  });
}

/** 413 `too_many_rows`. */
export function tooManyRows(limit: number): HttpError {
  return new HttpError(413, 'too_many_rows', { 'zh-CN': `一次最多导入 ${limit} 行`, en: `At most ${limit} rows can be imported at once` }, { limit });
}

/** 409 `form_changed`: the form was published anew (or the importer removed) while the file was being read. */
export function formChangedDuringImport(): HttpError {
  return new HttpError(409, 'form_changed', {
    'zh-CN': '导入期间表单发布了新版本，未导入任何数据，请重新导入',
    en: 'The form was published anew during the import; nothing was imported, import again',
  });
}
