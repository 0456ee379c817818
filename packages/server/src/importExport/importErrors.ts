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

/** Which bound of `checkXlsxZip` an XLSX file passed. */
export type XlsxBound = 'entries' | 'unpackedBytes' | 'compressionRatio' | 'declaredSize';

/**
 * 413 `xlsx_too_large`: the XLSX (a ZIP) was refused before it was read, naming the bound it
 * passed; `details = { bound, limit, entry? }`.
 */
export function xlsxTooLarge(bound: XlsxBound, limit: number, entry?: string): HttpError {
  const part = entry ?? '';
  const mb = (bytes: number): string => (bytes < 1024 * 1024 ? `${String(Math.ceil(bytes / 1024))} KB` : `${String(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`);
  const texts: Record<XlsxBound, { 'zh-CN': string; en: string }> = {
    entries: { 'zh-CN': `XLSX 文件包含的条目超过 ${limit} 个，无法导入`, en: `The XLSX file holds more than ${limit} entries; it cannot be imported` },
    unpackedBytes: {
      'zh-CN': `XLSX 文件解压后超过 ${mb(limit)}，无法导入；请拆分文件，或另存为 CSV 后导入`,
      en: `The XLSX file unpacks to more than ${mb(limit)}; split it, or save it as CSV and import that`,
    },
    compressionRatio: {
      'zh-CN': `XLSX 文件中的 ${part} 压缩比超过 ${limit} 倍（疑似压缩炸弹），无法导入`,
      en: `${part} in the XLSX file is compressed more than ${limit} times, as zip bombs are; it cannot be imported`,
    },
    declaredSize: {
      'zh-CN': `XLSX 文件中的 ${part} 解压后大于其声明的 ${limit} 字节，无法导入`,
      en: `${part} in the XLSX file unpacks to more than the ${limit} bytes it declares; it cannot be imported`,
    },
  };
  return new HttpError(413, 'xlsx_too_large', texts[bound], entry === undefined ? { bound, limit } : { bound, limit, entry });
}

/** 413 `import_too_large`: reading or checking the file needed more memory than one import may use. */
export function importOutOfMemory(limitMb: number): HttpError {
  return new HttpError(
    413,
    'import_too_large',
    {
      'zh-CN': `导入此文件所需内存超过上限（${limitMb} MB），未导入任何数据；请拆分文件，或另存为 CSV 后导入`,
      en: `Importing this file needs more memory than an import may use (${limitMb} MB); nothing was imported. Split it, or save it as CSV and import that`,
    },
    { limitMb },
  );
}
