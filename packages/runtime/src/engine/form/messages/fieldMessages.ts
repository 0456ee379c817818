import type { Locale, LocalizedText } from '../../i18n/Locale.js';

/**
 * The message templates of record errors, one per error code, in every locale. `{field}` is the
 * subject (「客户名称」, 「明细」第 2 行的「数量」 / Customer name, Quantity in row 2 of Items);
 * other `{name}`s are the error's params. A code with variants picks one by `params.variant`.
 */
export const fieldMessages = {
  required: { 'zh-CN': '请填写{field}', en: '{field} is required' },
  type: { 'zh-CN': '{field}应为{expected}', en: '{field} must be {expected}' },
  'type.record': { 'zh-CN': '提交的数据应为一条记录（JSON 对象）', en: 'The data sent must be a record (a JSON object)' },
  format: { 'zh-CN': '{field}不是有效的{format}', en: '{field} must be a valid {format}' },
  min: { 'zh-CN': '{field}不能小于 {min}', en: '{field} must be at least {min}' },
  'min.date': { 'zh-CN': '{field}不能早于 {min}', en: '{field} must not be earlier than {min}' },
  max: { 'zh-CN': '{field}不能大于 {max}', en: '{field} must be at most {max}' },
  'max.date': { 'zh-CN': '{field}不能晚于 {max}', en: '{field} must not be later than {max}' },
  precision: { 'zh-CN': '{field}最多保留 {precision} 位小数', en: '{field} allows at most {precision} decimal places' },
  'precision.integer': { 'zh-CN': '{field}必须是整数', en: '{field} must be a whole number' },
  range: { 'zh-CN': '{field}超出可精确保存的范围（绝对值不能超过 {max}）', en: '{field} is beyond the range that can be stored exactly (at most {max} either side of zero)' },
  overflow: { 'zh-CN': '{field}无法计算：结果溢出或除以零', en: '{field} cannot be calculated: the result overflows or divides by zero' },
  character: {
    'zh-CN': '{field}的第 {position} 个字符（{character}）不能保存：控制字符、文字方向控制符或不完整的字符',
    en: '{field} cannot hold character {position} ({character}): a control character, a text-direction override or half a character',
  },
  'character.lineBreak': { 'zh-CN': '{field}只能填一行：第 {position} 个字符是换行或制表符', en: '{field} is a single line: character {position} is a line break or a tab' },
  minLength: { 'zh-CN': '{field}至少需要 {minLength} 个字', en: '{field} must be at least {minLength} characters long' },
  maxLength: { 'zh-CN': '{field}最多 {maxLength} 个字', en: '{field} must be at most {maxLength} characters long' },
  pattern: { 'zh-CN': '{field}的格式不正确', en: '{field} is not in the expected format' },
  option: { 'zh-CN': '{field}的选项不在可选范围内', en: '{field} has a choice that is not one of its options' },
  duplicate: { 'zh-CN': '{field}中有重复的值', en: '{field} contains the same value twice' },
  minSelected: { 'zh-CN': '{field}至少选择 {min} 项', en: '{field} needs at least {min} choices' },
  maxSelected: { 'zh-CN': '{field}最多选择 {max} 项', en: '{field} allows at most {max} choices' },
  minRows: { 'zh-CN': '{field}至少需要 {min} 行', en: '{field} needs at least {min} rows' },
  maxRows: { 'zh-CN': '{field}最多 {max} 行', en: '{field} allows at most {max} rows' },
  maxFiles: { 'zh-CN': '{field}最多上传 {max} 个文件', en: '{field} allows at most {max} files' },
  fileSize: { 'zh-CN': '{field}中的文件不能超过 {maxSizeMB} MB', en: 'Files in {field} must not be larger than {maxSizeMB} MB' },
  fileType: { 'zh-CN': '{field}不接受这种类型的文件', en: '{field} does not accept this type of file' },
  rowId: { 'zh-CN': '{field}缺少有效的行标识', en: '{field} has no valid row id' },
  unknown_field: { 'zh-CN': '表单中没有字段「{key}」', en: 'The form has no field “{key}”' },
  rule: { 'zh-CN': '不满足校验规则', en: 'The record does not satisfy a validation rule' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/** A key of {@link fieldMessages}: an error code, or `code.variant`. */
export type FieldMessageKey = keyof typeof fieldMessages;

/** Names for `{expected}` in `type` messages. */
export const expectedTypeNames = {
  text: { 'zh-CN': '文本', en: 'text' },
  number: { 'zh-CN': '数字', en: 'a number' },
  integer: { 'zh-CN': '整数', en: 'a whole number' },
  list: { 'zh-CN': '列表', en: 'a list' },
  object: { 'zh-CN': '对象', en: 'an object' },
  boolean: { 'zh-CN': '是或否', en: 'true or false' },
  row: { 'zh-CN': '一行数据', en: 'a row' },
  files: { 'zh-CN': '已上传文件的列表', en: 'a list of uploaded files' },
  address: { 'zh-CN': '地址', en: 'an address' },
  location: { 'zh-CN': '地理位置（经纬度）', en: 'a location (latitude and longitude)' },
  record: { 'zh-CN': '一条记录', en: 'a record' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

export type ExpectedType = keyof typeof expectedTypeNames;

/** Names for `{format}` in `format` messages. */
export const formatNames = {
  email: { 'zh-CN': '邮箱地址', en: 'email address' },
  phone: { 'zh-CN': '电话号码', en: 'phone number' },
  url: { 'zh-CN': '网址（以 http:// 或 https:// 开头）', en: 'web address starting with http:// or https://' },
  date: { 'zh-CN': '日期（年-月-日）', en: 'date (YYYY-MM-DD)' },
  'date-time': { 'zh-CN': '日期时间', en: 'date and time with a time zone' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/** How the subject of a message is written. */
export const subjectTemplates = {
  field: { 'zh-CN': '「{label}」', en: '{label}' },
  cell: { 'zh-CN': '「{subform}」第 {row} 行的「{label}」', en: '{label} in row {row} of {subform}' },
  row: { 'zh-CN': '「{subform}」第 {row} 行', en: 'Row {row} of {subform}' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/**
 * Fills `{name}` placeholders from `params`; unknown placeholders stay as written.
 *
 * @example
 * fillTemplate('{field} is required', { field: 'Name' }) // 'Name is required'
 */
export function fillTemplate(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}

export function messageTemplate(key: FieldMessageKey, locale: Locale): string {
  return fieldMessages[key][locale];
}
