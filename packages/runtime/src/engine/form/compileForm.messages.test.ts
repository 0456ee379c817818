import { afterAll, describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../documents/form/FormSchema.js';
import { compileForm } from './compileForm.js';
import { fieldMessages } from './messages/fieldMessages.js';
import { formOf, testContext } from './testing/formOf.js';

const opts = [
  { value: 'a', label: 'A' },
  { value: 'b', label: 'B' },
];
const png = { fileId: 'f1', name: 'a.png', size: 10, mimeType: 'image/png' };

/** A field, a value, and the message expected in each locale. */
const cases: readonly (readonly [code: string, field: FieldDefinition, value: unknown, zh: string, en: string])[] = [
  ['required', { id: 'f', type: 'text', label: '客户名称', required: true }, '', '请填写「客户名称」', '客户名称 is required'],
  ['type', { id: 'f', type: 'number', label: 'Amount' }, 'ten', '「Amount」应为数字', 'Amount must be a number'],
  ['format', { id: 'f', type: 'email', label: 'Email' }, 'x@', '「Email」不是有效的邮箱地址', 'Email must be a valid email address'],
  ['format', { id: 'f', type: 'phone', label: '电话' }, '123', '「电话」不是有效的电话号码', '电话 must be a valid phone number'],
  ['min', { id: 'f', type: 'number', label: 'Qty', min: 1 }, 0, '「Qty」不能小于 1', 'Qty must be at least 1'],
  ['max', { id: 'f', type: 'number', label: 'Qty', max: 9 }, 10, '「Qty」不能大于 9', 'Qty must be at most 9'],
  ['min', { id: 'f', type: 'date', label: 'Due', min: '2024-01-01' }, '2023-12-31', '「Due」不能早于 2024-01-01', 'Due must not be earlier than 2024-01-01'],
  ['max', { id: 'f', type: 'date', label: 'Due', max: '2024-01-01' }, '2024-01-02', '「Due」不能晚于 2024-01-01', 'Due must not be later than 2024-01-01'],
  ['precision', { id: 'f', type: 'money', label: 'Price' }, 1.234, '「Price」最多保留 2 位小数', 'Price allows at most 2 decimal places'],
  ['precision', { id: 'f', type: 'number', label: 'Count', precision: 0 }, 1.5, '「Count」必须是整数', 'Count must be a whole number'],
  ['range', { id: 'f', type: 'money', label: '金额' }, 1e13, '「金额」超出可精确保存的范围（绝对值不能超过 9999999999999.99）', '金额 is beyond the range that can be stored exactly (at most 9999999999999.99 either side of zero)'],
  ['overflow', { id: 'f', type: 'formula', label: '单价', expression: { '/': [1, 0] } }, undefined, '「单价」无法计算：结果溢出或除以零', '单价 cannot be calculated: the result overflows or divides by zero'],
  [
    'character',
    { id: 'f', type: 'textarea', label: '备注' },
    'ab\u202Ec',
    '「备注」的第 3 个字符（U+202E）不能保存：控制字符、文字方向控制符或不完整的字符',
    '备注 cannot hold character 3 (U+202E): a control character, a text-direction override or half a character',
  ],
  ['character', { id: 'f', type: 'text', label: 'Name' }, '😀a\nb', '「Name」只能填一行：第 3 个字符是换行或制表符', 'Name is a single line: character 3 is a line break or a tab'],
  ['minLength', { id: 'f', type: 'text', label: 'Code', minLength: 3 }, 'ab', '「Code」至少需要 3 个字', 'Code must be at least 3 characters long'],
  ['maxLength', { id: 'f', type: 'text', label: 'Code', maxLength: 2 }, 'abc', '「Code」最多 2 个字', 'Code must be at most 2 characters long'],
  ['pattern', { id: 'f', type: 'text', label: 'Code', pattern: '[A-Z]+' }, 'ab', '「Code」的格式不正确', 'Code is not in the expected format'],
  [
    'pattern',
    { id: 'f', type: 'text', label: 'Code', pattern: '[A-Z]+', patternMessage: { 'zh-CN': '只能填大写字母', en: 'Capital letters only' } },
    'ab',
    '只能填大写字母',
    'Capital letters only',
  ],
  ['option', { id: 'f', type: 'radio', label: 'Stage', options: opts }, 'z', '「Stage」的选项不在可选范围内', 'Stage has a choice that is not one of its options'],
  ['duplicate', { id: 'f', type: 'checkbox', label: 'Tags', options: opts }, ['a', 'a'], '「Tags」中有重复的值', 'Tags contains the same value twice'],
  ['minSelected', { id: 'f', type: 'checkbox', label: 'Tags', options: opts, minSelected: 2 }, ['a'], '「Tags」至少选择 2 项', 'Tags needs at least 2 choices'],
  ['maxSelected', { id: 'f', type: 'checkbox', label: 'Tags', options: opts, maxSelected: 1 }, ['a', 'b'], '「Tags」最多选择 1 项', 'Tags allows at most 1 choices'],
  ['minRows', { id: 'f', type: 'subform', label: '明细', minRows: 2, fields: [] }, [{ _id: 'r1' }], '「明细」至少需要 2 行', '明细 needs at least 2 rows'],
  ['maxRows', { id: 'f', type: 'subform', label: 'Items', maxRows: 1, fields: [] }, [{ _id: 'r1' }, { _id: 'r2' }], '「Items」最多 1 行', 'Items allows at most 1 rows'],
  ['maxFiles', { id: 'f', type: 'image', label: 'Photos', maxFiles: 1 }, [png, { ...png, fileId: 'f2' }], '「Photos」最多上传 1 个文件', 'Photos allows at most 1 files'],
  ['fileSize', { id: 'f', type: 'image', label: 'Photos', maxSizeMB: 0.000001 }, [png], '「Photos」中的文件不能超过 0.000001 MB', 'Files in Photos must not be larger than 0.000001 MB'],
  ['fileType', { id: 'f', type: 'attachment', label: 'Contract', accept: ['.pdf'] }, [png], '「Contract」不接受这种类型的文件', 'Contract does not accept this type of file'],
];

/** The message keys (code, or code.variant) the tests below produced: every template must be among them. */
const covered = new Set<string>();
const cover = (errors: readonly { code: string; params?: Readonly<Record<string, unknown>> }[]): void => {
  for (const error of errors) covered.add(typeof error.params?.variant === 'string' ? `${error.code}.${error.params.variant}` : error.code);
};

describe('error messages', () => {
  afterAll(() => {
    expect([...covered].sort()).toEqual(Object.keys(fieldMessages).sort());
  });

  it.each(cases)('%s of %j: zh-CN and en', (code, field, value, zh, en) => {
    const form = compileForm(formOf([field]));
    for (const [locale, message] of [['zh-CN', zh], ['en', en]] as const) {
      const errors = form.evaluate({ f: value }, testContext(locale)).errors;
      cover(errors);
      expect(errors.map((error) => [error.code, error.message])).toEqual([[code, message]]);
    }
  });

  it('names a subform cell by subform, row number (from 1) and column', () => {
    const form = compileForm(
      formOf([{ id: 'f_items', type: 'subform', label: '明细', fields: [{ id: 'c_qty', type: 'number', label: '数量', required: true }] }]),
    );
    const rows = { f_items: [{ _id: 'r1', c_qty: 1 }, { _id: 'r2' }] };
    expect(form.evaluate(rows, testContext('zh-CN')).errors).toEqual([
      { fieldId: 'c_qty', pointer: '/f_items/1/c_qty', code: 'required', message: '请填写「明细」第 2 行的「数量」' },
    ]);
    expect(form.evaluate(rows, testContext('en')).errors.map((error) => error.message)).toEqual(['数量 in row 2 of 明细 is required']);
  });

  it('words row, record and unknown-key errors', () => {
    const form = compileForm(formOf([{ id: 'f_items', type: 'subform', label: 'Items', fields: [] }]));
    const data = { f_items: [{ _id: 'r1' }, { _id: 'r1' }, 'row'], extra: 1 };
    cover(form.validateRecord(data, testContext('en')));
    cover(form.validateRecord(null, testContext('en')));
    expect(form.validateRecord(data, testContext('zh-CN')).map((error) => [error.code, error.pointer, error.message])).toEqual([
      ['rowId', '/f_items/1/_id', '「Items」第 2 行缺少有效的行标识'],
      ['type', '/f_items/2', '「Items」第 3 行应为一行数据'],
      ['unknown_field', '/extra', '表单中没有字段「extra」'],
    ]);
    expect(form.validateRecord(data, testContext('en')).map((error) => error.message)).toEqual([
      'Row 2 of Items has no valid row id',
      'Row 3 of Items must be a row',
      'The form has no field “extra”',
    ]);
    expect(form.validateRecord('not a record', testContext('en')).map((error) => [error.code, error.pointer, error.message])).toEqual([
      ['type', '', 'The data sent must be a record (a JSON object)'],
    ]);
  });

  it('uses the admin message of a form rule in the context locale, falling back to the other locale', () => {
    const form = compileForm(
      formOf(
        [{ id: 'f_a', type: 'number', label: 'A' }],
        [
          { id: 'v1', assert: { '>': [{ var: 'f_a' }, 0] }, message: { 'zh-CN': 'A 必须大于 0', en: 'A must be positive' }, fields: ['f_a'] },
          { id: 'v2', assert: false, message: { 'zh-CN': '只有中文' } },
          { id: 'v3', assert: false, message: 'Plain text' },
          { id: 'v4', assert: false, message: '' },
        ],
      ),
    );
    cover(form.evaluate({ f_a: 0 }, testContext('en')).errors);
    expect(form.evaluate({ f_a: 0 }, testContext('en')).errors.map((error) => [error.code, error.pointer, error.message])).toEqual([
      ['rule', '/f_a', 'A must be positive'],
      ['rule', '', '只有中文'],
      ['rule', '', 'Plain text'],
      ['rule', '', 'The record does not satisfy a validation rule'],
    ]);
    expect(form.evaluate({ f_a: 0 }, testContext('zh-CN')).errors.map((error) => error.message)).toEqual(['A 必须大于 0', '只有中文', 'Plain text', '不满足校验规则']);
  });

  it('has every template in both locales, with the same placeholders', () => {
    for (const [key, text] of Object.entries(fieldMessages)) {
      const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
      expect(text['zh-CN'], key).not.toBe('');
      expect(text.en, key).not.toBe('');
      expect(placeholders(text['zh-CN']), key).toEqual(placeholders(text.en));
    }
  });
});
