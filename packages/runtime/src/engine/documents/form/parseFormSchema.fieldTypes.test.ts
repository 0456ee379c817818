import { describe, expect, it } from 'vitest';
import { fieldCatalogue } from '../../fields/fieldCatalogue.js';
import { fieldTypes } from '../../fields/fieldTypes.js';
import { walkFields } from '../../fields/walkFields.js';
import { exampleForm } from '../testing/exampleForm.js';
import { formWith } from '../testing/formWith.js';
import { linkForLookup, minimalFields } from '../testing/minimalFields.js';
import { issueAt, parsedValue } from '../testing/parseOutcome.js';
import type { FieldType } from './FormSchema.js';
import { parseFormSchema } from './parseFormSchema.js';

/** The field under test, with the link a lookup needs placed before it. */
function fieldsFor(type: FieldType, patch: Readonly<Record<string, unknown>> = {}, omit: readonly string[] = []): unknown[] {
  const field: Record<string, unknown> = { ...minimalFields[type], ...patch };
  for (const key of omit) delete field[key];
  return type === 'lookup' ? [field, linkForLookup] : [field];
}

describe('every field type', () => {
  it.each(fieldTypes)('a minimal %s field parses', (type) => {
    const form = formWith(fieldsFor(type));
    expect(parsedValue(parseFormSchema(form))).toEqual(form);
  });

  it('the example form uses every field type and parses unchanged', () => {
    const used = new Set<string>();
    walkFields(exampleForm.fields, (field) => {
      used.add(field.type);
    });
    expect([...used].sort()).toEqual([...fieldTypes].sort());
    expect(parsedValue(parseFormSchema(exampleForm))).toEqual(exampleForm);
  });

  it.each(fieldTypes)('a %s field refuses a setting its type does not have, naming the type', (type) => {
    const issue = issueAt(parseFormSchema(formWith(fieldsFor(type, { colour: 'red' }))), '/fields/0/colour');
    expect(issue.code).toBe('unknownProperty');
    expect(issue.message['zh-CN']).toContain(`“${fieldCatalogue[type].name['zh-CN']}”`);
    expect(issue.message['zh-CN']).toContain('“colour”');
    expect(issue.message.en).toMatch(new RegExp(`is an? ${fieldCatalogue[type].name.en} field and has no setting "colour"`));
    expect(issue.message.en).toContain('"colour"');
  });
});

/**
 * One wrong setting per type: [type, patch, keys to drop, pointer, code, the setting's name in
 * zh-CN, in en]. The names are what the designer's property panel calls the setting.
 */
const wrongSettings: readonly (readonly [FieldType, Record<string, unknown>, readonly string[], string, string, string, string])[] = [
  ['text', { minLength: 'two' }, [], '/fields/0/minLength', 'type', '最少字数', 'minimum length'],
  ['textarea', { pattern: 5 }, [], '/fields/0/pattern', 'type', '格式', 'pattern'],
  ['number', { min: 'x' }, [], '/fields/0/min', 'type', '最小值', 'minimum'],
  ['money', { currency: 'cny' }, [], '/fields/0/currency', 'pattern', '币种', 'currency'],
  ['date', { min: '2024/01/01' }, [], '/fields/0/min', 'pattern', '最小值', 'minimum'],
  ['datetime', { max: '2024-01-01' }, [], '/fields/0/max', 'pattern', '最大值', 'maximum'],
  ['radio', {}, ['options'], '/fields/0/options', 'required', '选项', 'options'],
  ['checkbox', { options: [] }, [], '/fields/0/options', 'tooFew', '选项', 'options'],
  ['select', { options: [{ value: 'x' }] }, [], '/fields/0/options/0/label', 'required', '标题', 'label'],
  ['multiselect', { maxSelected: -1 }, [], '/fields/0/maxSelected', 'tooSmall', '最多选择项数', 'maximum selections'],
  ['rating', { max: 11 }, [], '/fields/0/max', 'tooLarge', '最大值', 'maximum'],
  ['phone', { required: 'yes' }, [], '/fields/0/required', 'type', '必填', 'required'],
  ['email', { unique: 1 }, [], '/fields/0/unique', 'type', '不允许重复值', 'unique'],
  ['url', { span: 5 }, [], '/fields/0/span', 'tooLarge', '宽度', 'width'],
  ['address', { level: 'street' }, [], '/fields/0/level', 'enum', '地址精度', 'address level'],
  ['location', { defaultValue: { kind: 'yesterday' } }, [], '/fields/0/defaultValue/kind', 'enum', '类型', 'kind'],
  ['image', { maxFiles: 0 }, [], '/fields/0/maxFiles', 'tooSmall', '最多文件数', 'maximum number of files'],
  ['attachment', { accept: '.pdf' }, [], '/fields/0/accept', 'type', '允许的文件类型', 'accepted file types'],
  ['signature', { maxFiles: 2 }, [], '/fields/0/maxFiles', 'tooLarge', '最多文件数', 'maximum number of files'],
  ['richtext', { maxLength: 1.5 }, [], '/fields/0/maxLength', 'type', '最多字数', 'maximum length'],
  ['subform', {}, ['fields'], '/fields/0/fields', 'required', '字段', 'fields'],
  ['link', {}, ['formId'], '/fields/0/formId', 'required', '关联表单', 'linked form'],
  ['lookup', { sourceField: '' }, [], '/fields/0/sourceField', 'pattern', '取值字段', 'source field'],
  ['serial', { parts: [] }, [], '/fields/0/parts', 'tooFew', '编号规则', 'serial parts'],
  ['formula', {}, ['expression'], '/fields/0/expression', 'required', '公式', 'formula'],
  ['member', { scope: { roles: ['boss'] } }, [], '/fields/0/scope/roles/0', 'enum', '角色', 'roles'],
  ['members', { scope: { teams: [] } }, [], '/fields/0/scope/teams', 'unknownProperty', '“teams”', '"teams"'],
  ['department', { alias: '1abc' }, [], '/fields/0/alias', 'invalidId', '别名', 'alias'],
  ['departments', { placeholder: 3 }, [], '/fields/0/placeholder', 'type', '提示文字', 'placeholder'],
  ['section', { columns: 5 }, [], '/fields/0/columns', 'enum', '列数', 'columns'],
  ['description', {}, ['content'], '/fields/0/content', 'required', '内容', 'content'],
];

describe('settings of each field type', () => {
  it('cover every field type', () => {
    expect(new Set(wrongSettings.map(([type]) => type))).toEqual(new Set(fieldTypes));
  });

  it.each(wrongSettings)('%s %j (dropping %j) is refused at %s', (type, patch, omit, pointer, code, zhName, enName) => {
    const issue = issueAt(parseFormSchema(formWith(fieldsFor(type, patch, omit))), pointer);
    expect(issue.code).toBe(code);
    expect(issue.message['zh-CN']).toContain('第 1 个字段');
    expect(issue.message['zh-CN']).toContain(zhName);
    expect(issue.message.en.toLowerCase()).toContain('field 1');
    expect(issue.message.en).toContain(enName);
    // Admin words, never ajv's.
    for (const text of [issue.message['zh-CN'], issue.message.en]) expect(text).not.toMatch(/must NOT|must have required|must match|additional properties|schema/i);
  });

  it('an option without a value is refused at the option value', () => {
    const issue = issueAt(parseFormSchema(formWith([{ ...minimalFields.radio, options: [{ value: '', label: 'X' }] }])), '/fields/0/options/0/value');
    expect(issue.code).toBe('tooShort');
    expect(issue.message).toEqual({ 'zh-CN': '第 1 个字段“A”的第 1 个选项“X”的“值”(value)不能为空', en: 'The value of option 1 ("X") of field 1 ("A") must not be empty' });
  });

  it('an option colour must be a hex colour, never free CSS', () => {
    const issue = issueAt(
      parseFormSchema(formWith([{ ...minimalFields.select, options: [{ value: 'x', label: 'X', color: 'red;background:url(x)' }] }])),
      '/fields/0/options/0/color',
    );
    expect(issue.code).toBe('pattern');
    expect(issue.message.en).toContain('#RRGGBB');
  });

  it('a serial part is checked by its own kind', () => {
    const result = parseFormSchema(formWith([{ ...minimalFields.serial, parts: [{ kind: 'counter', digits: 0 }, { kind: 'date', format: 'DDMMYY' }, { kind: 'text' }] }]));
    expect(issueAt(result, '/fields/0/parts/0/digits').code).toBe('tooSmall');
    expect(issueAt(result, '/fields/0/parts/1/format').code).toBe('enum');
    expect(issueAt(result, '/fields/0/parts/2/value').code).toBe('required');
  });

  it('a default value is checked by its own kind', () => {
    const result = parseFormSchema(
      formWith([
        { ...minimalFields.text, defaultValue: { kind: 'fixed' } },
        { ...minimalFields.text, id: 'f_b', defaultValue: { kind: 'today', value: '2024-01-01' } },
        { ...minimalFields.text, id: 'f_c', defaultValue: { kind: 'formula' } },
      ]),
    );
    expect(issueAt(result, '/fields/0/defaultValue/value').code).toBe('required');
    expect(issueAt(result, '/fields/1/defaultValue/value').code).toBe('unknownProperty');
    expect(issueAt(result, '/fields/2/defaultValue/expression').code).toBe('required');
  });

  it('a link filter is checked as a record filter', () => {
    const result = parseFormSchema(
      formWith([{ ...minimalFields.link, filter: { and: [{ field: 'f_x', op: 'like' }, { field: 'f_y', op: 'empty', value: 1 }, { field: 'f_z', op: 'range', value: [1] }] } }]),
    );
    expect(issueAt(result, '/fields/0/filter/and/0/value').code).toBe('required');
    expect(issueAt(result, '/fields/0/filter/and/1/value').code).toBe('notAllowed');
    expect(issueAt(result, '/fields/0/filter/and/2/value').code).toBe('tooFew');
  });
});

describe('containers', () => {
  it.each(['subform', 'section'] as const)('a %s cannot sit inside a subform', (inner) => {
    const issue = issueAt(parseFormSchema(formWith([{ ...minimalFields.subform, fields: [{ ...minimalFields[inner], id: 'f_inner' }] }])), '/fields/0/fields/0/type');
    expect(issue.code).toBe('notAllowedInSubform');
    expect(issue.message['zh-CN']).toContain(fieldCatalogue[inner].name['zh-CN']);
    expect(issue.message.en).toContain(`is a ${fieldCatalogue[inner].name.en}, which cannot go inside a subform`);
  });

  it('a section may hold a subform', () => {
    const form = formWith([{ ...minimalFields.section, fields: [{ ...minimalFields.subform, id: 'f_rows', fields: [{ ...minimalFields.number, id: 'f_qty' }] }] }]);
    expect(parsedValue(parseFormSchema(form))).toEqual(form);
  });

  it('a subform column is checked as a field of its own type', () => {
    const result = parseFormSchema(formWith([{ ...minimalFields.subform, fields: [{ id: 'f_qty', type: 'number', label: 'Qty', min: 'one' }] }]));
    const issue = issueAt(result, '/fields/0/fields/0/min');
    expect(issue.code).toBe('type');
    expect(issue.message).toEqual({
      'zh-CN': '第 1 个字段“A”的第 1 个子字段“Qty”的“最小值”(min)应为数字',
      en: 'The minimum (min) of sub-field 1 ("Qty") of field 1 ("A") must be a number',
    });
  });
});
