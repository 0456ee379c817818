import { describe, expect, it } from 'vitest';
import { resolvePointer } from '../JsonPointer.js';
import { formWith } from '../testing/formWith.js';
import { minimalFields } from '../testing/minimalFields.js';
import { issueAt, parseIssues } from '../testing/parseOutcome.js';
import { maxReportedIssues } from '../translateAjvErrors.js';
import { parseFormSchema } from './parseFormSchema.js';

const text = (id: string, label?: string) => (label === undefined ? { id, type: 'text' } : { id, type: 'text', label });

describe('form fault messages', () => {
  it('name a missing property at its own pointer, in words a form admin reads', () => {
    const result = parseFormSchema(formWith([text('f_a', 'A'), text('f_b', 'B'), text('f_c')]));
    const issue = issueAt(result, '/fields/2/label');
    expect(issue).toEqual({
      pointer: '/fields/2/label',
      code: 'required',
      message: { 'zh-CN': '第 3 个字段缺少“标题”(label)', en: 'Field 3 is missing its label' },
    });
    // Both the field's own check and its type's branch miss the label: one issue, not two.
    expect(parseIssues(result)).toHaveLength(1);
  });

  it('point at an unknown property itself and suggest the one a typo meant', () => {
    const issue = issueAt(parseFormSchema(formWith([{ ...minimalFields.number, lable: 'Amount' }])), '/fields/0/lable');
    expect(issue.code).toBe('unknownProperty');
    expect(issue.message['zh-CN']).toBe('第 1 个字段“A”是“数字”字段，不支持设置“lable”，是否想写“label”？');
    expect(issue.message.en).toBe('Field 1 ("A") is a Number field and has no setting "lable"; did you mean "label"?');
  });

  it('say which setting belongs to another type', () => {
    const issue = issueAt(parseFormSchema(formWith([{ ...minimalFields.number, maxLength: 10 }])), '/fields/0/maxLength');
    expect(issue.message.en).toBe('Field 1 ("A") is a Number field and has no setting "maxLength"');
  });

  it('name an unknown field type without listing thirty alternatives', () => {
    const issue = issueAt(parseFormSchema(formWith([{ id: 'f_a', type: 'txt', label: 'Name' }])), '/fields/0/type');
    expect(issue).toEqual({
      pointer: '/fields/0/type',
      code: 'unknownFieldType',
      message: { 'zh-CN': '第 1 个字段“Name”的类型 "txt" 不存在', en: 'Field 1 ("Name") has an unknown type "txt"' },
    });
  });

  it('explain the id format when an id breaks it', () => {
    const issue = issueAt(parseFormSchema(formWith([text('1st', 'First')])), '/fields/0/id');
    expect(issue.code).toBe('invalidId');
    expect(issue.message['zh-CN']).toContain('须以字母开头');
    expect(issue.message.en).toContain('must start with a letter');
  });

  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty'])('refuse the reserved id %s, which records could not hold safely', (id) => {
    const issue = issueAt(parseFormSchema(formWith([text(id, 'X')])), '/fields/0/id');
    expect(issue.code).toBe('reservedId');
    expect(issue.message.en).toContain(`"${id}"`);
  });

  it('describe nested places through their items', () => {
    const result = parseFormSchema(formWith([{ ...minimalFields.subform, label: 'Items', fields: [{ id: 'f_q', type: 'number', label: 'Qty', precision: 11 }] }]));
    expect(issueAt(result, '/fields/0/fields/0/precision').message).toEqual({
      'zh-CN': '第 1 个字段“Items”的第 1 个子字段“Qty”的“小数位数”(precision)不能大于 10',
      en: 'The decimal places (precision) of sub-field 1 ("Qty") of field 1 ("Items") must be at most 10',
    });
  });

  it('describe form-level places', () => {
    const result = parseFormSchema(formWith([], { title: '', layout: { columns: 6 }, rules: { validations: [{ id: 'r_a', assert: true }] } }));
    expect(issueAt(result, '/title').message).toEqual({ 'zh-CN': '表单的“标题”(title)不能为空', en: 'The title of the form must not be empty' });
    expect(issueAt(result, '/layout/columns').code).toBe('enum');
    expect(issueAt(result, '/rules/validations/0/message').message).toEqual({
      'zh-CN': '第 1 条校验规则缺少“提示信息”(message)',
      en: 'Validation rule 1 is missing its message',
    });
  });

  it('cut a long list short and say how many more there are', () => {
    const fields = Array.from({ length: maxReportedIssues + 30 }, (_, index) => ({ id: `f_${index}`, type: 'text' }));
    const issues = parseIssues(parseFormSchema(formWith(fields)));
    expect(issues).toHaveLength(maxReportedIssues + 1);
    const summary = issues.at(-1);
    expect(summary?.code).toBe('moreIssues');
    expect(summary?.message.en).toBe('30 more problems are not listed');
  });

  it('escape pointer tokens as RFC 6901 says', () => {
    const form = formWith([], { settings: { 'a/b~c': 1 } });
    const issue = issueAt(parseFormSchema(form), '/settings/a~1b~0c');
    expect(issue.code).toBe('unknownProperty');
    expect(resolvePointer(form, issue.pointer)).toBe(1);
  });

  it('take a reason rule for changes, and name the setting when it is not one', () => {
    expect(parseFormSchema(formWith([], { settings: { changeReason: 'required' } })).ok).toBe(true);
    const issue = issueAt(parseFormSchema(formWith([], { settings: { changeReason: 'always' } })), '/settings/changeReason');
    expect(issue.message.en).toContain('reason for changes');
    expect(issue.message['zh-CN']).toContain('修改原因');
  });

  it('take a public link setting, and name it when it is wrong', () => {
    expect(parseFormSchema(formWith([], { settings: { publicLink: { enabled: true, ownerId: 'usr_1' } } })).ok).toBe(true);
    const issue = issueAt(parseFormSchema(formWith([], { settings: { publicLink: { enabled: 'yes' } } })), '/settings/publicLink/enabled');
    expect(issue.message.en).toContain('public link');
    expect(issue.message['zh-CN']).toContain('公开链接');
  });

  it('take which rows each role may change, and name the setting when it is wrong', () => {
    expect(parseFormSchema(formWith([], { settings: { access: { edit: { manager: 'visible', member: 'none' } } } })).ok).toBe(true);
    const issue = issueAt(parseFormSchema(formWith([], { settings: { access: { edit: { manager: 'team' } } } })), '/settings/access/edit/manager');
    expect(issue.message.en).toContain('settings.access.edit.manager');
    expect(issue.message.en).toContain('"own", "visible", "none"');
    expect(parseFormSchema(formWith([], { settings: { access: { edit: { admin: 'none' } } } })).ok).toBe(false);
  });

  it('take which roles may import, and name the setting when it is wrong', () => {
    expect(parseFormSchema(formWith([], { settings: { access: { import: { roles: ['manager', 'member'] } } } })).ok).toBe(true);
    const issue = issueAt(parseFormSchema(formWith([], { settings: { access: { import: { roles: ['rep'] } } } })), '/settings/access/import/roles/0');
    expect(issue.message.en).toContain('settings.access.import.roles[0]');
    expect(issue.message['zh-CN']).toContain('settings.access.import.roles[0]');
  });

  it('take field permissions by role, and refuse a permission on no such field at its pointer', () => {
    const fields = [text('f_a', 'A'), { id: 'f_items', type: 'subform', label: 'Items', fields: [text('f_qty', 'Qty')] }];
    expect(parseFormSchema(formWith(fields, { settings: { access: { fields: { member: { f_a: 'hidden', f_items: 'read' }, manager: { f_a: 'edit' } } } } })).ok).toBe(true);
    const unknown = issueAt(parseFormSchema(formWith(fields, { settings: { access: { fields: { member: { f_zzz: 'hidden' } } } } })), '/settings/access/fields/member/f_zzz');
    expect(unknown.code).toBe('unknownField');
    expect(unknown.message.en).toContain('"f_zzz"');
    expect(unknown.message['zh-CN']).toContain('“f_zzz”在表单中不存在');
    const column = issueAt(parseFormSchema(formWith(fields, { settings: { access: { fields: { member: { f_qty: 'read' } } } } })), '/settings/access/fields/member/f_qty');
    expect(column.code).toBe('subformColumnPermission');
    const level = issueAt(parseFormSchema(formWith(fields, { settings: { access: { fields: { member: { f_a: 'write' } } } } })), '/settings/access/fields/member/f_a');
    expect(level.message.en).toContain('"hidden", "read", "edit"');
    expect(parseFormSchema(formWith(fields, { settings: { access: { fields: { admin: { f_a: 'hidden' } } } } })).ok).toBe(false);
  });

  it('give every issue a message in every locale', () => {
    const result = parseFormSchema(
      formWith([{ id: 'f_a', type: 'radio', label: 'A', options: [{ value: 'x', label: 'X', extra: true }], span: 0 }, 'not a field', { ...minimalFields.rating, max: 'five' }], {
        settings: { access: { rows: { member: 'everyone' } } },
      }),
    );
    for (const issue of parseIssues(result)) {
      expect(issue.message['zh-CN'].length).toBeGreaterThan(4);
      expect(issue.message.en.length).toBeGreaterThan(4);
      expect(issue.message['zh-CN']).not.toBe(issue.message.en);
    }
  });
});
