import { describe, expect, it } from 'vitest';
import { formWith } from '../testing/formWith.js';
import { linkForLookup, minimalFields } from '../testing/minimalFields.js';
import { issueAt, parsedValue, parseIssues } from '../testing/parseOutcome.js';
import { parseFormSchema } from './parseFormSchema.js';

const text = (id: string, more: Readonly<Record<string, unknown>> = {}) => ({ id, type: 'text', label: id.toUpperCase(), ...more });

describe('field identity', () => {
  it('refuses a field id used twice, at the later field', () => {
    const issue = issueAt(parseFormSchema(formWith([text('f_a'), text('f_b'), text('f_a')])), '/fields/2/id');
    expect(issue.code).toBe('duplicateFieldId');
    expect(issue.message['zh-CN']).toContain('第 1 个字段');
    expect(issue.message.en).toContain('already used by field 1');
  });

  it('counts subform columns and section children in the same id space', () => {
    const result = parseFormSchema(
      formWith([
        { ...minimalFields.section, id: 'f_s', fields: [text('f_a')] },
        { ...minimalFields.subform, id: 'f_rows', fields: [text('f_a'), text('f_s')] },
      ]),
    );
    expect(issueAt(result, '/fields/1/fields/0/id').code).toBe('duplicateFieldId');
    expect(issueAt(result, '/fields/1/fields/1/id').code).toBe('duplicateFieldId');
    expect(parseIssues(result)).toHaveLength(2);
  });

  it('refuses an alias used twice', () => {
    const issue = issueAt(parseFormSchema(formWith([text('f_a', { alias: 'amount' }), text('f_b', { alias: 'amount' })])), '/fields/1/alias');
    expect(issue.code).toBe('duplicateAlias');
    expect(issue.message.en).toContain('"amount"');
  });

  it('accepts distinct ids and aliases', () => {
    const form = formWith([text('f_a', { alias: 'a' }), text('f_b', { alias: 'b' })]);
    expect(parsedValue(parseFormSchema(form))).toEqual(form);
  });
});

describe('field settings', () => {
  it('refuses two options with one value, at the later option', () => {
    const options = [
      { value: 'x', label: 'X' },
      { value: 'y', label: 'Y' },
      { value: 'x', label: 'X again' },
    ];
    const issue = issueAt(parseFormSchema(formWith([{ ...minimalFields.checkbox, options }])), '/fields/0/options/2/value');
    expect(issue.code).toBe('duplicateOptionValue');
    expect(issue.message.en).toContain('like option 1');
  });

  it.each([
    ['number', { min: 10, max: 5 }, 'min'],
    ['money', { min: 0.5, max: 0.25 }, 'min'],
    ['text', { minLength: 9, maxLength: 3 }, 'minLength'],
    ['textarea', { minLength: 2, maxLength: 1 }, 'minLength'],
    ['checkbox', { minSelected: 2, maxSelected: 1 }, 'minSelected'],
    ['multiselect', { minSelected: 3, maxSelected: 0 }, 'minSelected'],
    ['subform', { minRows: 5, maxRows: 2 }, 'minRows'],
    ['date', { min: '2024-05-02', max: '2024-05-01' }, 'min'],
    // 03:00 UTC is after 10:00 in Shanghai (02:00 UTC), though it sorts first as text.
    ['datetime', { min: '2024-05-01T03:00:00+00:00', max: '2024-05-01T10:00:00+08:00' }, 'min'],
  ] as const)('refuses a %s whose %j has the minimum above the maximum', (type, settings, lowKey) => {
    const issue = issueAt(parseFormSchema(formWith([{ ...minimalFields[type], ...settings }])), `/fields/0/${lowKey}`);
    expect(issue.code).toBe('minAboveMax');
    expect(issue.message.en).toContain('more than');
  });

  it.each([
    ['number', { min: 5, max: 5 }],
    ['date', { min: '2024-05-01', max: '2024-05-01' }],
    // 09:00 in Shanghai is 01:00 UTC, before 02:00 UTC, though it sorts last as text.
    ['datetime', { min: '2024-05-01T09:00:00+08:00', max: '2024-05-01T02:00:00Z' }],
  ] as const)('accepts a %s range %j that is not inverted', (type, settings) => {
    expect(parseFormSchema(formWith([{ ...minimalFields[type], ...settings }])).ok).toBe(true);
  });

  it('refuses a pattern that is no regular expression', () => {
    const issue = issueAt(parseFormSchema(formWith([text('f_a', { pattern: '([a-z]' })])), '/fields/0/pattern');
    expect(issue.code).toBe('invalidPattern');
    expect(issue.message['zh-CN']).toContain('不是有效的正则表达式');
  });

  it('checks patterns as unicode regular expressions', () => {
    // Fine without the u flag, an error with it: values are matched with u.
    expect(issueAt(parseFormSchema(formWith([text('f_a', { pattern: '\\-\\p' })])), '/fields/0/pattern').code).toBe('invalidPattern');
    expect(parseFormSchema(formWith([text('f_a', { pattern: '^\\p{Script=Han}+$' })])).ok).toBe(true);
  });

  it.each([
    [[{ kind: 'text', value: 'NO-' }], 0],
    [
      [
        { kind: 'counter', digits: 3 },
        { kind: 'counter', digits: 2 },
      ],
      2,
    ],
  ])('refuses serial parts %j with %i counters', (parts, counters) => {
    const issue = issueAt(parseFormSchema(formWith([{ ...minimalFields.serial, parts }])), '/fields/0/parts');
    expect(issue.code).toBe('serialCounter');
    expect(issue.message.en).toContain(`there are ${counters}`);
  });
});

describe('references between fields', () => {
  it('accepts a lookup reading a top-level link, from the top level or from a subform row', () => {
    const form = formWith([
      linkForLookup,
      { ...minimalFields.lookup, id: 'f_top' },
      { ...minimalFields.subform, id: 'f_rows', fields: [{ ...minimalFields.lookup, id: 'f_cell' }] },
    ]);
    expect(parsedValue(parseFormSchema(form))).toEqual(form);
  });

  it('accepts a lookup reading the link of its own subform row', () => {
    const form = formWith([
      { ...minimalFields.subform, id: 'f_rows', fields: [{ ...linkForLookup, id: 'f_row_link' }, { ...minimalFields.lookup, linkField: 'f_row_link' }] },
    ]);
    expect(parseFormSchema(form).ok).toBe(true);
  });

  it('refuses a lookup whose link field does not exist', () => {
    const issue = issueAt(parseFormSchema(formWith([{ ...minimalFields.lookup, linkField: 'f_nowhere' }])), '/fields/0/linkField');
    expect(issue.code).toBe('unknownField');
    expect(issue.message.en).toContain('"f_nowhere"');
  });

  it('refuses a lookup whose link field is not a link', () => {
    const issue = issueAt(parseFormSchema(formWith([text('f_link'), minimalFields.lookup])), '/fields/1/linkField');
    expect(issue.code).toBe('notALinkField');
    expect(issue.message['zh-CN']).toContain('单行文本');
    expect(issue.message.en).toContain('Single-line text field, not a linked-record field');
  });

  it("refuses a lookup reading another subform's link", () => {
    const result = parseFormSchema(
      formWith([
        { ...minimalFields.subform, id: 'f_rows', fields: [linkForLookup] },
        { ...minimalFields.subform, id: 'f_other', fields: [minimalFields.lookup] },
        { ...minimalFields.lookup, id: 'f_top' },
      ]),
    );
    expect(issueAt(result, '/fields/1/fields/0/linkField').code).toBe('linkFieldOutOfReach');
    expect(issueAt(result, '/fields/2/linkField').code).toBe('linkFieldOutOfReach');
  });

  it('refuses serial field parts naming unknown fields', () => {
    const parts = [{ kind: 'field', field: 'f_missing' }, { kind: 'counter', digits: 4 }];
    const issue = issueAt(parseFormSchema(formWith([{ ...minimalFields.serial, parts }])), '/fields/0/parts/0/field');
    expect(issue.code).toBe('unknownField');
    expect(issue.message.en).toContain('Serial part 1 of field 1');
  });

  it('refuses serial field parts naming fields a serial number cannot use', () => {
    const parts = (field: string) => [{ kind: 'field', field }, { kind: 'counter', digits: 4 }];
    const result = parseFormSchema(
      formWith([
        { ...minimalFields.subform, id: 'f_rows', fields: [text('f_cell')] },
        { ...minimalFields.description, id: 'f_note' },
        { ...minimalFields.serial, id: 'f_s1', parts: parts('f_cell') },
        { ...minimalFields.serial, id: 'f_s2', parts: parts('f_note') },
        { ...minimalFields.serial, id: 'f_s3', parts: parts('f_s3') },
      ]),
    );
    for (const index of [2, 3, 4]) expect(issueAt(result, `/fields/${index}/parts/0/field`).code).toBe('invalidFieldReference');
  });

  it('refuses validation rules marking unknown fields, and rule ids used twice', () => {
    const rule = (id: string, fields: readonly string[]) => ({ id, assert: true, message: 'm', fields });
    const result = parseFormSchema(formWith([text('f_a')], { rules: { validations: [rule('r_a', ['f_a', 'f_ghost']), rule('r_a', [])] } }));
    const unknown = issueAt(result, '/rules/validations/0/fields/1');
    expect(unknown.code).toBe('unknownField');
    expect(unknown.message).toEqual({
      'zh-CN': '第 1 条校验规则引用的字段“f_ghost”在表单中不存在',
      en: 'Validation rule 1 refers to "f_ghost", which is not a field of this form',
    });
    expect(issueAt(result, '/rules/validations/1/id').code).toBe('duplicateRuleId');
    expect(parseIssues(result)).toHaveLength(2);
  });
});
